# The steps of a rollout, in the order mode_rollout runs them (the copies themselves: swap.sh).

create_data_volumes() {
  local i
  local -a args=()
  for i in "${!VOL_NAME[@]}"; do
    [[ -n ${EXISTING[${VOL_NAME[$i]}]:-} ]] && continue
    pull_image "${VOL_IMAGE[$i]}"
    decode_list args "${VOL_ARGS[$i]}"
    local -a vargs=()
    local v
    for v in "${args[@]}"; do vargs+=(-v "$v"); done
    log "creating data volume container ${VOL_NAME[$i]}"
    docker create --name "${VOL_NAME[$i]}" --label "berth.app=${VOL_APP[$i]}" --label berth.kind=volume \
      "${vargs[@]}" -- "${VOL_IMAGE[$i]}" true >/dev/null || fail "could not create data volume container ${VOL_NAME[$i]}"
    TOUCHED[${VOL_NAME[$i]}]=1
  done
}

needs_redeploy() { # d -> 0 when the definition must be redeployed even if unchanged
  local d=$1 dep
  local -a deps=()
  [[ ${DEF_REDEPLOY[$d]} == 1 ]] && return 0
  [[ ${DEF_MODE[$d]} == auto && ${META[force]:-0} == 1 ]] && return 0
  decode_list deps "${DEP_RAW[$d]:-}"
  for dep in "${deps[@]}"; do
    [[ -n ${TOUCHED[$dep]:-} ]] && return 0
  done
  return 1
}

# Which copies change, and pull their images before anything is replaced.
declare -A COPY_PLAN=()
# Copies a canary holds as they run (canary.sh canary_select), with the action the result reports for
# them: kept whatever their plan, and not recreated for a dependency. Empty in every other mode.
declare -A HOLD=()
decide_copies() {
  local d c name
  local -a all=()
  for d in "${DEF_IDS[@]}"; do
    for c in ${COPY_LIST[$d]}; do all+=("${COPY_NAME[$d,$c]}"); done
  done
  [[ -S $ENGINE ]] || fail 'berth needs the docker engine on a local unix socket (DOCKER_HOST unix://... or /var/run/docker.sock)'
  prefetch_containers "${all[@]}"
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && { pull_image "${DEF_IMAGE[$d]}"; continue; }
    for c in ${COPY_LIST[$d]}; do
      name=${COPY_NAME[$d,$c]}
      inspect_container "$name" keep
      if ((C_EXISTS)) && [[ $C_RUNNING == true ]]; then
        if [[ ${DEF_MODE[$d]} == manual ]]; then
          [[ ${DEF_REDEPLOY[$d]} == 1 ]] && COPY_PLAN[$d,$c]=replace || COPY_PLAN[$d,$c]=keep
        elif ! copy_runs_plan "$d"; then
          COPY_PLAN[$d,$c]=replace
        elif secrets_changed "$d" "$name"; then
          log "replacing $name: $REPLY"
          COPY_PLAN[$d,$c]=replace
        else
          COPY_PLAN[$d,$c]=keep
          adopt_hash "$d"
        fi
      else
        COPY_PLAN[$d,$c]=start
      fi
      [[ ${COPY_PLAN[$d,$c]} == keep ]] && needs_redeploy "$d" && [[ ${DEF_MODE[$d]} == auto || ${DEF_REDEPLOY[$d]} == 1 ]] && COPY_PLAN[$d,$c]=replace
      [[ ${COPY_PLAN[$d,$c]} == keep ]] || pull_image "${DEF_IMAGE[$d]}"
    done
  done
  forget_adopted
  # Registry pulls may have failed before anything changed: that is the cheap place to stop.
  [[ -n $MIG_IMAGE ]] && pull_image "$MIG_IMAGE"
  return 0
}

# Whether the secrets copy NAME runs with (its berth.secrets label) differ from the plan's; REPLY says
# which ("secret DB_PASSWORD changed (version 3 -> 4)"). berth.hash leaves secret versions out, so a
# container started by a berth release before versions has the same hash and no label: it is adopted
# at the plan's versions (recorded under var/lib/berth/secrets/<container id>) and kept; a later
# rotation is compared with that record. What it really runs is unknown (see the README's Secrets).
secrets_changed() { # d name
  local want have key ver dir="$ROOT/var/lib/berth/secrets"
  local -A had=()
  secrets_label "$1"; want=$REPLY
  engine_json "/containers/$2/json"
  if [[ $REPLY =~ \"berth\.secrets\":\"([^\"]*)\" ]]; then
    have=${BASH_REMATCH[1]}
  else
    if [[ -n $C_ID && -r $dir/$C_ID ]]; then
      have=$(<"$dir/$C_ID")
    elif rotated_secret_of "$1"; then
      REPLY="secret $REPLY changed in this deploy (the container predates secret versions)"
      return 0
    else
      [[ -n $C_ID ]] && write_file_atomic "$dir/$C_ID" 600 "$want"
      log "adopting $2 (started by an earlier berth, no secret versions on it) at the plan's secret versions"
      return 1
    fi
  fi
  [[ $have == "$want" ]] && return 1
  for key in $have; do [[ $key == *=* ]] && had[${key%%=*}]=${key#*=}; done
  REPLY=''
  for key in $want; do
    [[ $key == *=* ]] || continue
    ver=${key#*=}; key=${key%%=*}
    [[ ${had[$key]:-} == "$ver" ]] && continue
    REPLY+="${REPLY:+, }secret $key changed (version ${had[$key]:-none} -> $ver)"
  done
  [[ -n $REPLY ]] || REPLY='a secret it used is no longer in the plan'
  return 0
}

# The first env key of definition d whose parameter this deploy wrote a new version of (REPLY).
rotated_secret_of() { # d
  local i name
  local -A rotated=()
  for name in ${META[rotatedSecrets]:-}; do rotated[$name]=1; done
  for i in "${!ENV_OWNER[@]}"; do
    [[ ${ENV_OWNER[$i]} == "$1" && ${ENV_KIND[$i]} == ssm ]] || continue
    name=${ENV_VALUE[$i]%:*}
    [[ -n ${rotated[$name]:-} ]] && { REPLY=${ENV_KEY[$i]}; return 0; }
  done
  return 1
}

# Drops adoption records (secret versions, hashes) of containers that no longer exist (replaced since).
forget_adopted() {
  local file id
  local -A live=()
  for id in "${PREFETCHED[@]}"; do [[ -n $id ]] && live[${id%%|*}]=1; done
  for file in "$ROOT/var/lib/berth/secrets"/* "$ROOT/var/lib/berth/hashes"/*; do
    [[ -f $file ]] || continue
    id=${file##*/}
    [[ -n ${live[$id]:-} ]] || rm -f -- "$file"
  done
}

run_migration() {
  [[ -z $MIG_IMAGE ]] && return 0
  local -a margs=() mcmd=()
  local t0 secs name rc=0
  decode_list margs "$MIG_ARGS"
  decode_list mcmd "$MIG_CMD"
  name="berth-migration-$$"
  build_env m
  now_ms; t0=$REPLY
  log "running the migration of $MIG_APP/$MIG_DEF in a throw-away container of $MIG_IMAGE"
  docker rm -f -- "$name" >/dev/null 2>&1 || true
  docker_with_env run --name "$name" --label "berth.app=$MIG_APP" --label berth.kind=migration "${margs[@]}" \
    "${ENV_ARGS[@]}" -- "$MIG_IMAGE" "${mcmd[@]}" 2>&1 | tee "$TEMP_DIR/migration.out" >&2 || rc=$?
  drop_env_file
  now_ms; WORK_MS=$((WORK_MS + REPLY - t0)); secs_between "$t0" "$REPLY"; secs=$REPLY
  if ((rc != 0)); then
    MIGRATION_JSON="{\"ran\":true,\"ok\":false,\"seconds\":$secs}"
    if docker container inspect -- "$name" >/dev/null 2>&1; then
      container_log_tail "$name"
    else
      local line
      FAILURE_LOG=()
      while IFS= read -r line; do FAILURE_LOG+=("${line:0:LOG_LINE_CHARS}"); done < <(tail -n 20 "$TEMP_DIR/migration.out")
    fi
    docker rm -f -- "$name" >/dev/null 2>&1 || true
    FAILURE_CONTAINER=$name
    fail "the migration of $MIG_APP/$MIG_DEF failed (exit $rc); nothing was replaced"
  fi
  docker rm -f -- "$name" >/dev/null 2>&1 || true
  MIGRATION_JSON="{\"ran\":true,\"ok\":true,\"seconds\":$secs}"
}

deploy_definitions() {
  local d c
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && continue
    if [[ ${DEF_ROLLOUT[$d]:-} == surge ]]; then
      deploy_surge "$d"
      continue
    fi
    for c in ${COPY_LIST[$d]}; do
      # A dependency replaced earlier in this run forces a recreate now.
      if [[ ${COPY_PLAN[$d,$c]} == keep && -z ${HOLD[$d,$c]:-} ]] && needs_redeploy "$d"; then COPY_PLAN[$d,$c]=replace; fi
      if [[ ${COPY_PLAN[$d,$c]} == keep ]]; then
        finish_handover
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" "${HOLD[$d,$c]:-unchanged}"
      else
        deploy_copy "$d" "$c"
      fi
    done
    finish_handover
  done
}

write_file_atomic() { # path mode content
  local tmp
  [[ -d ${1%/*} ]] || mkdir -p -- "${1%/*}"
  tmp=$(mktemp "${1%/*}/.berth.XXXXXX")
  printf '%s' "$3" >"$tmp"
  # mktemp made it 0600.
  [[ $2 == 600 ]] || chmod "$2" "$tmp"
  mv -f -- "$tmp" "$1"
}

# The managed cron file of each app and the env files of its cron definitions; env files of cron
# definitions no longer in the plan are deleted (they may hold secrets). Every file is journaled before it
# changes. The last change a failure or a repair undoes: the journal's commit follows.
write_cron() {
  local i j content key val
  remove_stale_cron_env
  for j in "${!CRONENV_FILE_PATH[@]}"; do
    content=''
    for i in "${!ENV_OWNER[@]}"; do
      [[ ${ENV_OWNER[$i]} == "c:$j" ]] || continue
      value_of "${ENV_KIND[$i]}" "${ENV_VALUE[$i]}"; val=$REPLY; key=${ENV_KEY[$i]}
      [[ $val == *$'\n'* ]] && fail "cron env $key of ${CRONENV_FILE_DEF[$j]} holds a line break, which an env file cannot carry"
      content+="$key=$val"$'\n'
    done
    journal_file "${CRONENV_FILE_PATH[$j]}"
    write_file_atomic "${CRONENV_FILE_PATH[$j]}" 600 "$content"
  done
  for i in "${!CRON_APP[@]}"; do
    log "writing cron file ${CRON_PATH[$i]}"
    journal_file "${CRON_PATH[$i]}"
    cron_lines_kept "$i"
    write_file_atomic "${CRON_PATH[$i]}" 644 "$REPLY"
    kill_point cron
  done
  journal_commit
}

# Env files of an app's cron definitions live in <r>/etc/berth/env/<app slug>/ when its cron file is
# <r>/etc/cron.d/berth-<app slug> (src/stack/plan-cron.ts); the plan names those still wanted.
remove_stale_cron_env() {
  local i dir file
  local -A wanted=()
  for file in "${CRONENV_FILE_PATH[@]}"; do wanted[$file]=1; done
  for i in "${!CRON_APP[@]}"; do
    [[ ${CRON_PATH[$i]} == */etc/cron.d/berth-* ]] || continue
    dir="${CRON_PATH[$i]%/etc/cron.d/berth-*}/etc/berth/env/${CRON_PATH[$i]##*/berth-}"
    [[ -d $dir ]] || continue
    for file in "$dir"/*.env; do
      [[ -f $file && -z ${wanted[$file]:-} ]] || continue
      log "removing $file (its cron definition is no longer in the plan)"
      journal_file "$file"
      rm -f -- "$file"
    done
  done
}

# Removes a container for good: drained in its balancer first (labels say where).
remove_container() { # name server lb-socket lb-backend (its labels)
  local name=$1 srv=$2 sock=$3 be=$4
  if [[ -n $sock && -n $be && -n $srv && $be =~ ^[A-Za-z0-9_.:-]+$ && $srv =~ ^[A-Za-z0-9_.:-]+$ ]]; then
    LB_SOCK[x]=$sock; LB_BACKEND[x]=$be; LB_DRAIN[x]=${LB_DRAIN[x]:-30}
    lb_drain x "$srv"
  fi
  log "removing $name"
  docker stop -t 10 -- "$name" >/dev/null 2>&1 || true
  docker rm -f -- "$name" >/dev/null 2>&1 || true
  REMOVED+=("$name")
}

# Removes surplus copies and definitions no longer in the plan, per app of the plan.
cleanup_containers() {
  local app name kind d c line srv sock be
  local -A wanted=() ours=()
  for d in "${DEF_IDS[@]}"; do
    for c in ${COPY_LIST[$d]}; do wanted[${COPY_NAME[$d,$c]}]=1; done
  done
  for app in "${APPS[@]}"; do ours[$app]=1; done
  # The containers listed before the rollout: it added only the plan's copies and temporary ones.
  for line in "${LISTED[@]}"; do
    IFS='|' read -r name app kind srv sock be <<<"$line"
    [[ -z $app || -z ${ours[$app]:-} ]] && continue
    [[ $kind == volume || $kind == migration ]] && continue
    [[ -n ${wanted[$name]:-} ]] && continue
    [[ $name == *-berth-old || $name == *-berth-next ]] && continue
    remove_container "$name" "$srv" "$sock" "$be"
  done
}

# Removes the old containers of this run's replacements once their background stops are over (each
# bounded by its grace period).
drop_old_copies() {
  local i
  local -a urls=()
  wait_stopping
  for i in "${!REPLACED_DEF[@]}"; do
    urls+=("http://d/containers/${COPY_NAME[${REPLACED_DEF[$i]},${REPLACED_COPY[$i]}]}-berth-old?force=1")
  done
  ((${#urls[@]} == 0)) && return 0
  api -X DELETE "${urls[@]}" >/dev/null || true
}
