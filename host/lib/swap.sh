declare -a REPLACED=() STOPPING=()
declare -A TOUCHED=()

wait_stopping() {
  local pid
  for pid in "${STOPPING[@]}"; do wait "$pid" 2>/dev/null || true; done
  STOPPING=()
}

# Fails the copy: log tail of the failing container, remove it. Caller then calls fail.
abandon_new() { # container
  container_log_tail "$1"
  FAILURE_CONTAINER=$1
  docker rm -f -- "$1" >/dev/null 2>&1 || true
}

lb_deadline() { # d -> REPLY epoch ms
  now_ms; REPLY=$((REPLY + ${DEF_DEADLINE[$1]%.*} * 1000))
}

# Starts a copy in slot s under NAME, proves it healthy, makes it ready in the balancer. Fails the run otherwise.
bring_up() { # d c s name what
  start_container "$1" "$2" "$3" "$4" || fail "docker run of $5 failed: $(head -c 300 "$TEMP_DIR/run.out" | tr '\n' ' ')"
  await_up "$@" "$STARTED_MS" "$STARTED_ID"
}

# Waits until a started copy is healthy and ready in its balancer; fails the run otherwise.
await_up() { # d c s name what started_ms started_id
  local d=$1 c=$2 s=$3 name=$4 k="$1,$2,$3"
  if ! wait_healthy "$d" "$c" "$s" "$name" "$6"; then
    abandon_new "$name"
    fail "$5 did not become healthy within ${DEF_DEADLINE[$d]}s"
  fi
  UP_MS=$HEALTH_MS
  UP_ID=$7
  if [[ -n ${LB_SOCK[$d]:-} ]]; then
    lb_deadline "$d"
    if ! lb_ready "$d" "${SLOT_SERVER[$k]}" "${SLOT_ADDR[$k]}" "$REPLY" proven; then
      lb_drain "$d" "${SLOT_SERVER[$k]}"
      abandon_new "$name"
      fail "haproxy did not report $5 ready in time"
    fi
  fi
}

# The swap of a copy whose new container is ready: the old one drains, stops, and hands over its name.
PENDING_SWAP=''
finish_swap() {
  [[ -z $PENDING_SWAP ]] && return 0
  local d c s_old s_new old_server ms id name
  IFS='|' read -r d c s_old s_new old_server ms id <<<"$PENDING_SWAP"
  PENDING_SWAP=''
  name=${COPY_NAME[$d,$c]}
  # The name changes hands while the old copy drains (haproxy knows servers by address, not by container).
  swap_names "$name" &
  if [[ -n ${LB_SOCK[$d]:-} ]]; then lb_drain "$d" "$old_server" later; fi
  wait $!
  REPLACED+=("$d|$c|$s_old|$s_new|swap|$old_server")
  # Drained already: it stops in the background (kept for a restore until the run ends) while haproxy puts
  # it in maintenance, and the next copy starts at once. A restore waits for both (wait_stopping).
  stop_container "$d" "$name-berth-old" &
  STOPPING+=("$!")
  if [[ -n ${LB_SOCK[$d]:-} ]]; then
    hap "${LB_SOCK[$d]}" "set server ${LB_BACKEND[$d]}/$old_server state maint" >/dev/null &
    STOPPING+=("$!")
  fi
  TOUCHED[$name]=1
  UP_ID=$id
  known_copy "$d" "$c" "$s_new"
  record_copy "$d" "$c" "$name" replaced "$ms" known
}

# NAME becomes NAME-berth-old, NAME-berth-next becomes NAME.
swap_names() { # name
  api --fail-early -fX POST "http://d/containers/$1/rename?name=$1-berth-old" "http://d/containers/$1-berth-next/rename?name=$1" >/dev/null
}

# Replaces or starts one copy; on failure `fail` restores what this run replaced.
UP_MS=0 UP_ID=''
# What record_copy needs about a copy bring_up just proved healthy in slot s.
known_copy() { # d c s
  C_EXISTS=1; C_RUNNING=true; C_ID=$UP_ID; C_IMAGE_ID=''; C_HEALTH=''; C_SLOT=${SLOT_ID[$1,$2,$3]}
}

deploy_copy() { # d c
  local d=$1 c=$2 name=${COPY_NAME[$1,$2]} nslots=${COPY_NSLOTS[$1,$2]} old s_old s_new old_server
  inspect_container "$name"
  old=$name-berth-old
  if [[ -n ${EXISTING[$old]:-}${EXISTING[$name-berth-next]:-} ]]; then
    docker rm -f -- "$old" "$name-berth-next" >/dev/null 2>&1 || true
  fi
  slot_index_of "$d" "$c" "$C_SLOT"; s_old=$REPLY
  old_server=$C_SERVER
  ((s_old >= 0)) && [[ -z $old_server ]] && old_server=${SLOT_SERVER[$d,$c,$s_old]}
  if ((C_EXISTS == 0)) || [[ $C_RUNNING != true ]]; then
    finish_swap
    # Absent or stopped: start it in its first slot (a stopped leftover is kept aside for restore).
    if ((C_EXISTS)); then
      docker rename -- "$name" "$old" >/dev/null
      REPLACED+=("$d|$c|$s_old|0|stopped|$old_server")
    else
      REPLACED+=("$d|$c|-1|0|new|")
    fi
    bring_up "$d" "$c" 0 "$name" "$name"
    TOUCHED[$name]=1
    known_copy "$d" "$c" 0
    record_copy "$d" "$c" "$name" started "$UP_MS" known
  elif ((nslots >= 2)); then
    # Beside the old copy in the other slot; the old one serves until the new one is ready.
    if ((s_old == 0)); then s_new=1; else s_new=0; fi
    local what="the new copy of $name (slot ${SLOT_ID[$d,$c,$s_new]})"
    start_container "$d" "$c" "$s_new" "$name-berth-next" || fail "docker run of $what failed: $(head -c 300 "$TEMP_DIR/run.out" | tr '\n' ' ')"
    local started=$STARTED_MS started_id=$STARTED_ID
    # While this copy boots, the previous copy's swap (drain, stop, rename) completes.
    finish_swap
    await_up "$d" "$c" "$s_new" "$name-berth-next" "$what" "$started" "$started_id"
    PENDING_SWAP="$d|$c|$s_old|$s_new|$old_server|$UP_MS|$UP_ID"
  else
    # One slot: stop-then-start (validation announced the downtime).
    finish_swap
    [[ -n ${LB_SOCK[$d]:-} ]] && lb_drain "$d" "$old_server"
    stop_container "$d" "$name"
    docker rename -- "$name" "$old" >/dev/null
    REPLACED+=("$d|$c|$s_old|0|stopstart|$old_server")
    bring_up "$d" "$c" 0 "$name" "the new copy of $name"
    TOUCHED[$name]=1
    known_copy "$d" "$c" 0
    record_copy "$d" "$c" "$name" replaced "$UP_MS" known
  fi
}

restart_restored() { # d c slot container server
  docker start -- "$4" >/dev/null 2>&1 || log "could not start $4 again"
  if (($3 >= 0)); then
    now_ms
    wait_healthy "$1" "$2" "$3" "$4" "$REPLY" || log "restored $4 is not healthy"
  fi
  if [[ -n ${LB_SOCK[$1]:-} && -n $5 ]]; then
    lb_deadline "$1"
    lb_ready "$1" "$5" '' "$REPLY" || log "haproxy does not report $5 ready again"
  fi
  return 0
}

# Undoes this run's replacements, newest first: each old copy runs and serves again under its name.
restore_replaced() {
  local i d c s_old s_new how old_server name old new_server
  wait_stopping
  for ((i = ${#REPLACED[@]} - 1; i >= 0; i--)); do
    IFS='|' read -r d c s_old s_new how old_server <<<"${REPLACED[$i]}"
    name=${COPY_NAME[$d,$c]}
    old=$name-berth-old
    new_server=${SLOT_SERVER[$d,$c,$s_new]:-}
    log "restoring $name"
    if [[ $how == swap ]]; then
      # The new copy keeps serving until the old one is back and ready.
      restart_restored "$d" "$c" "$s_old" "$old" "$old_server"
    fi
    [[ -n ${LB_SOCK[$d]:-} && $new_server != "$old_server" ]] && lb_drain "$d" "$new_server"
    docker rm -f -- "$name" >/dev/null 2>&1 || true
    if [[ $how != new ]]; then
      docker rename -- "$old" "$name" >/dev/null 2>&1 || log "could not rename $old back to $name"
    fi
    if [[ $how == stopstart ]]; then
      restart_restored "$d" "$c" "$s_old" "$name" "$old_server"
    fi
  done
  REPLACED=()
}

# Removes a container for good: drained in its balancer first (labels say where).
