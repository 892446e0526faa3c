# The HostResult: its state, built up by the run and printed once, at exit, as the only line on stdout.

RESULT_PRINTED=0
FAILURE_REASON=''
FAILURE_CONTAINER=''
declare -a FAILURE_LOG=()
declare -a COPY_RESULTS=()
declare -a REMOVED=()
declare -a PRUNED=()
MIGRATION_JSON=''
LOCK_WAIT_MS=0
# The run's work in ms: its migration and its copies' start-to-healthy (what the rest of the run, minus
# the lock wait, is overhead of: the state file keeps it for the next deploy's expected time).
WORK_MS=0
FACTS_JSON=''
HISTORY_JSON=''
# The rollout's final read of its planned copies (record.sh final_read): the result's `final`.
FINAL_JSON=''
FINAL_READ=0
# A mode's own answer (status, logs), under the mode's name.
MODE_JSON=''
# A killed run this command repaired, and the leftovers it swept (journal.sh).
REPAIRED_JSON=''
declare -a SWEPT=()
# A mode's own part of the result: a function emit_result calls first (with ok), and the `converge` field.
RESULT_HOOK=''
CONVERGE_JSON=''
declare -A META=()

emit_result() {
  local ok=$1
  ((RESULT_PRINTED)) && return 0
  RESULT_PRINTED=1
  [[ -n $RESULT_HOOK ]] && "$RESULT_HOOK" "$ok"
  local end_ms total lockw json copies removed pruned failure='' limit=${#COPY_RESULTS[@]}
  now_ms; end_ms=$REPLY
  secs_between "$START_MS" "$end_ms"; total=$REPLY
  secs_between 0 "$LOCK_WAIT_MS"; lockw=$REPLY
  if [[ -n $FAILURE_REASON ]]; then
    json_str "$FAILURE_REASON"; failure=",\"failure\":{\"reason\":$REPLY"
    if [[ -n $FAILURE_CONTAINER ]]; then json_str "$FAILURE_CONTAINER"; failure+=",\"container\":$REPLY"; fi
    json_str_array "${FAILURE_LOG[@]}"; failure+=",\"logTail\":$REPLY}"
  fi
  while :; do
    copies=$(IFS=,; printf '%s' "${COPY_RESULTS[*]:0:limit}")
    json_str_array "${REMOVED[@]:0:50}"; removed=$REPLY
    json_str_array "${PRUNED[@]:0:50}"; pruned=$REPLY
    json_str "${META[deployId]:-}"; json="{\"ok\":$ok,\"mode\":\"$MODE\",\"deployId\":$REPLY"
    json_str "${META[hostname]:-$(hostname 2>/dev/null || true)}"; json+=",\"hostname\":$REPLY"
    json_str "${META[instanceId]:-}"; json+=",\"instanceId\":$REPLY"
    if [[ -n $HOST_ROOT ]]; then json_str "$HOST_ROOT"; json+=",\"root\":$REPLY"; fi
    json+=",\"copies\":[$copies],\"removed\":$removed,\"prunedImages\":$pruned"
    [[ -n $MIGRATION_JSON ]] && json+=",\"migration\":$MIGRATION_JSON"
    json+=",\"timings\":{\"totalSeconds\":$total,\"lockWaitSeconds\":$lockw}"
    json+="$failure"
    [[ -n $FACTS_JSON ]] && json+=",\"facts\":$FACTS_JSON"
    [[ -n $HISTORY_JSON ]] && json+=",\"history\":$HISTORY_JSON"
    ((FINAL_READ)) && json+=",\"final\":[$FINAL_JSON]"
    [[ -n $MODE_JSON ]] && json+=",\"$MODE\":$MODE_JSON"
    [[ -n $REPAIRED_JSON ]] && json+=",\"repaired\":$REPAIRED_JSON"
    [[ -n $CONVERGE_JSON ]] && json+=",\"converge\":$CONVERGE_JSON"
    if ((${#SWEPT[@]} > 0)); then json_str_array "${SWEPT[@]:0:50}"; json+=",\"swept\":$REPLY"; fi
    ((limit < ${#COPY_RESULTS[@]})) && json+=",\"truncated\":true"
    json+='}'
    if ((${#json} <= MAX_RESULT_CHARS || limit == 0)); then break; fi
    limit=$((limit / 2))
  done
  printf '%s\n' "$json" >&3
}

plan_error() {
  FAILURE_REASON="plan error: $1"
  log "$FAILURE_REASON"
  cleanup_temp
  emit_result false
  exit 2
}


# Whatever ends the run, the temporary files go and a result is printed.
on_exit() {
  local rc=$?
  cleanup_temp
  [[ -n ${SELECTED_PLAN:-} ]] && rm -f -- "$SELECTED_PLAN"
  [[ -n ${CONVERGE_DIR:-} ]] && rm -rf -- "$CONVERGE_DIR"
  ((RESULT_PRINTED)) || { FAILURE_REASON=${FAILURE_REASON:-"rollout.sh stopped unexpectedly (exit $rc)"}; emit_result false; }
}
