# Surge (the plan's `rollout D surge`): every running copy of a definition that changes gets its new copy
# at once, each in its alternate slot under NAME-berth-next; once all are proven healthy, all are made
# ready in haproxy (each copy's old and new servers then both serve: up to twice the copies run), then
# handed over one by one, in copy order, without waiting for each other (the old server is set to drain
# and the names change hands; its sessions end and it stops in the background). Capacity never drops
# below the copy count, and the definition takes about one copy's start-to-healthy time, not one per copy.
# Each copy is journaled as a `swap` before anything starts, so a killed run is repaired as a killed swap
# is (the old copies serve again, every NAME-berth-next of the run is removed). A copy that fails before
# the handovers: every new copy is drained and removed (abandon_surge, first in restore_replaced) while
# the old ones never stopped serving.

# "d,c,slot" of the new copies started and not handed over yet; SURGE_READY=1 once they may be in haproxy.
declare -a SURGE_NEXT=()
SURGE_READY=0

# Drains and removes the new copies a failed surge started (the old ones serve as before).
abandon_surge() {
  local entry d c s name
  for entry in "${SURGE_NEXT[@]}"; do
    IFS=, read -r d c s <<<"$entry"
    name=${COPY_NAME[$d,$c]}-berth-next
    log "removing $name (the surge failed)"
    if ((SURGE_READY)) && [[ -n ${LB_SOCK[$d]:-} ]]; then lb_drain "$d" "${SLOT_SERVER[$d,$c,$s]}"; fi
    docker rm -f -- "$name" >/dev/null 2>&1 || true
  done
  SURGE_NEXT=() SURGE_READY=0
}

# The copies of d that surge (running, two slots, changed) into the array named $2; the others are
# started or replaced one at a time first, as without surge.
surge_batch() { # d array_name
  local d=$1 c name nslots
  local -n into=$2
  for c in ${COPY_LIST[$d]}; do
    name=${COPY_NAME[$d,$c]}
    if [[ ${COPY_PLAN[$d,$c]} == keep && -z ${HOLD[$d,$c]:-} ]] && needs_redeploy "$d"; then COPY_PLAN[$d,$c]=replace; fi
    if [[ ${COPY_PLAN[$d,$c]} == keep ]]; then
      record_copy "$d" "$c" "$name" "${HOLD[$d,$c]:-unchanged}"
      continue
    fi
    inspect_container "$name" keep
    nslots=${COPY_NSLOTS[$d,$c]}
    if ((C_EXISTS && nslots >= 2)) && [[ $C_RUNNING == true ]]; then
      into+=("$c")
    else
      deploy_copy "$d" "$c"
      finish_handover
    fi
  done
}

deploy_surge() { # d
  local d=$1 c name s_old s_new old_server pid started
  local -a batch=() pids=() facts=()
  local -A new_slot=() old_slot=() old_srv=() started_ms=() started_id=() up_ms=() up_id=()
  finish_handover
  surge_batch "$d" batch
  ((${#batch[@]} > 0)) || return 0
  log "surge: starting ${#batch[@]} new copies of ${DEF_NAME[$d]} at once"
  for c in "${batch[@]}"; do
    name=${COPY_NAME[$d,$c]}
    inspect_container "$name"
    if [[ -n ${EXISTING[$name-berth-old]:-}${EXISTING[$name-berth-next]:-} ]]; then
      docker rm -f -- "$name-berth-old" "$name-berth-next" >/dev/null 2>&1 || true
    fi
    slot_index_of "$d" "$c" "$C_SLOT"; s_old=$REPLY
    old_server=$C_SERVER
    ((s_old >= 0)) && [[ -z $old_server ]] && old_server=${SLOT_SERVER[$d,$c,$s_old]}
    if ((s_old == 0)); then s_new=1; else s_new=0; fi
    old_slot[$c]=$s_old new_slot[$c]=$s_new old_srv[$c]=$old_server
    journal_copy "$d" "$c" swap "$C_ID" "$old_server" "${SLOT_SERVER[$d,$c,$s_new]}"
  done
  # An env value that cannot be passed fails here, in this process, not in the starts below.
  build_env "$d"; drop_env_file
  for c in "${batch[@]}"; do
    SURGE_NEXT+=("$d,$c,${new_slot[$c]}")
    (
      if start_container "$d" "$c" "${new_slot[$c]}" "${COPY_NAME[$d,$c]}-berth-next" "$TEMP_DIR/run.$c"; then
        printf '%s %s\n' "$STARTED_MS" "$STARTED_ID" >"$TEMP_DIR/started.$c"
      fi
    ) &
    pids+=("$!")
  done
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  for c in "${batch[@]}"; do
    started=''
    [[ -r $TEMP_DIR/started.$c ]] && started=$(<"$TEMP_DIR/started.$c")
    [[ -n $started ]] || fail "docker run of the new copy of ${COPY_NAME[$d,$c]} failed: $(head -c 300 "$TEMP_DIR/run.$c" | tr '\n' ' ')"
    read -r -a facts <<<"$started"
    started_ms[$c]=${facts[0]} started_id[$c]=${facts[1]:-}
  done
  kill_point started
  # They boot side by side: waiting for each in turn takes as long as the slowest. No new copy takes
  # traffic before every one is healthy (a failed surge served no request from the new release).
  local -A what=()
  for c in "${batch[@]}"; do
    what[$c]="the new copy of ${COPY_NAME[$d,$c]} (slot ${SLOT_ID[$d,$c,${new_slot[$c]}]})"
    await_healthy "$d" "$c" "${new_slot[$c]}" "${COPY_NAME[$d,$c]}-berth-next" "${what[$c]}" "${started_ms[$c]}" "${started_id[$c]}"
    up_ms[$c]=$UP_MS up_id[$c]=$UP_ID
  done
  SURGE_READY=1
  for c in "${batch[@]}"; do
    make_ready "$d" "$c" "${new_slot[$c]}" "${COPY_NAME[$d,$c]}-berth-next" "${what[$c]}"
  done
  # Every new copy serves: the handovers go out one by one, in copy order, without waiting for each other
  # (the old server set to drain, the names change hands); then each old copy's sessions end and it
  # stops, in the background.
  local -a draining=() renaming=()
  for c in "${batch[@]}"; do
    if [[ -n ${LB_SOCK[$d]:-} && -n ${old_srv[$c]} ]]; then
      hap "${LB_SOCK[$d]}" "set server ${LB_BACKEND[$d]}/${old_srv[$c]} state drain" >/dev/null &
      draining+=("$!")
    fi
    swap_names "${COPY_NAME[$d,$c]}" &
    renaming+=("$!")
  done
  for pid in "${draining[@]}"; do wait "$pid" || true; done
  for pid in "${renaming[@]}"; do wait "$pid" || fail "the names of the copies of ${DEF_NAME[$d]} and their new copies did not all change hands"; done
  for c in "${batch[@]}"; do
    SURGE_NEXT=("${SURGE_NEXT[@]:1}")
    handed_over "$d" "$c" "${old_slot[$c]}" "${new_slot[$c]}" "${old_srv[$c]}" "${up_ms[$c]}" "${up_id[$c]}" behind
  done
  SURGE_READY=0
}
