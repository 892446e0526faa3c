# One copy's entry in the HostResult (`copies`), with the app it belongs to (for the state files).
declare -a COPY_RESULT_APP=()
record_copy() { # d c name action [health_ms] [known]
  local d=$1 name=$3 json health=missing digest=''
  # A copy this run just started and proved healthy: C_* were set by bring_up, no need to ask docker.
  [[ ${6:-} == known ]] || inspect_container "$name"
  if ((C_EXISTS)); then
    if [[ $C_RUNNING != true ]]; then
      health=unhealthy
    elif [[ -n $C_HEALTH ]]; then
      health=$C_HEALTH
    elif [[ -n ${5:-} ]]; then
      health=healthy
    else
      health=none
    fi
    image_digest "${C_IMAGE_ID:-${DEF_IMAGE[$d]}}"; digest=$REPLY
  fi
  json_str "${DEF_NAME[$d]}"; json="{\"definition\":$REPLY"
  json_str "$name"; json+=",\"name\":$REPLY"
  json_str "${C_ID:0:12}"; json+=",\"containerId\":$REPLY"
  json_str "${DEF_IMAGE[$d]}"; json+=",\"image\":$REPLY"
  json_str "$digest"; json+=",\"imageDigest\":$REPLY"
  json_str "$C_SLOT"; json+=",\"slot\":$REPLY,\"health\":\"$health\",\"action\":\"$4\""
  if [[ -n ${5:-} ]]; then WORK_MS=$((WORK_MS + $5)); secs_between 0 "$5"; json+=",\"startToHealthy\":$REPLY"; fi
  COPY_RESULTS+=("$json}")
  COPY_RESULT_APP+=("${DEF_APP[$d]}")
}

# A running copy a rollout keeps by its legacy berth.hash (an earlier berth started it, env in document
# order): its canonical hash recorded under its container id, which every listing reads as its hash
# (docker.sh, listing.sh), so a later plan whose env keys are only reordered still matches it. Dropped
# with the container (forget_adopted).
adopt_hash() { # d (after inspect_container)
  [[ $C_HASH != "${DEF_HASH[$1]}" && $C_HASH == "${DEF_LEGACY[$1]}" ]] || return 0
  write_file_atomic "$ROOT/var/lib/berth/hashes/$C_ID" 644 "${DEF_HASH[$1]}"$'\n'
}

# Cron file I's new content (REPLY); but when the file holds exactly that with each definition's legacy
# hash in place of its hash (an earlier berth wrote it, the same jobs), that: an upgrade leaves it as it is.
cron_lines_kept() { # i
  local d
  REPLY=${CRON_LINES[$1]:-}
  for d in "${DEF_IDS[@]}"; do REPLY=${REPLY//"berth.hash=${DEF_HASH[$d]}"/"berth.hash=${DEF_LEGACY[$d]}"}; done
  [[ -f ${CRON_PATH[$1]} && $(<"${CRON_PATH[$1]}")$'\n' == "$REPLY" ]] || REPLY=${CRON_LINES[$1]:-}
}

# Every planned copy (cron aside) as it runs now: recorded unchanged when it carries the plan's hash
# (copy_runs_plan), else outdated (the state mode's answer, and the rollout's final read).
record_planned_copies() {
  local d c
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && continue
    for c in ${COPY_LIST[$d]}; do
      inspect_container "${COPY_NAME[$d,$c]}"
      if ((C_EXISTS)) && copy_runs_plan "$d"; then
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" unchanged '' known
      else
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" outdated '' known
      fi
    done
  done
}

# The rollout's last act: every planned copy read again from a fresh listing, after the cleanup, into
# FINAL_JSON (the result's `final`), which is this host's read back. What the run did stays in COPY_RESULTS.
final_read() {
  local -a did=("${COPY_RESULTS[@]}") did_apps=("${COPY_RESULT_APP[@]}")
  COPY_RESULTS=() COPY_RESULT_APP=() PREFETCHED=()
  record_planned_copies
  FINAL_JSON=$(IFS=,; printf '%s' "${COPY_RESULTS[*]}")
  FINAL_READ=1
  COPY_RESULTS=("${did[@]}") COPY_RESULT_APP=("${did_apps[@]}")
}
