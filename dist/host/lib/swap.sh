# Replacing copies, and undoing it. How one copy is replaced (deploy_copy), by what runs under its name:
#
#   how        what runs as NAME        steps
#   new        nothing                  start NAME in slot 0, prove it healthy, make it ready in haproxy
#   stopped    a stopped container      rename it NAME-berth-old (kept for a restore), then as `new`
#   stopstart  a copy, one slot         drain it, stop it, rename it NAME-berth-old, then as `new`
#   swap       a copy, two slots        start NAME-berth-next in the other slot, prove it healthy, make it
#                                       ready in haproxy: its HANDOVER is then pending. The handover (drain
#                                       the old copy while NAME -> NAME-berth-old and NAME-berth-next ->
#                                       NAME, then stop the old one in the background) runs while the next
#                                       copy boots, so a rollout does not wait for drains one by one.
#                                       A worker (the plan's `rollout D overlap`: no haproxy server, no host
#                                       port) swaps the same way within its one slot: the new copy starts
#                                       beside the old one, which stops only once the new one is healthy.
#   surge: every copy of a definition as `swap` at once (surge.sh), journaled and restored as `swap`.
#
# State, in named variables:
#   HANDOVER_*   the one swap whose handover is pending; HANDOVER_DEF is empty when none is. Whatever the
#                run does next that is not starting the next copy's container first calls finish_handover,
#                so at most one is pending and the copies change in plan order.
#   REPLACED_*   one entry per copy this run changed, in order (parallel arrays, REPLACED_HOW is the `how`
#                above, slots are indexes, -1 for none): restore_replaced undoes them newest first on
#                failure; after success drop_old_copies removes their NAME-berth-old containers.
#   STOPPING     background jobs (old copies stopping, haproxy maintenance) a restore or cleanup waits for.
#   TOUCHED      names of containers this run created or replaced (dependsOn forces their dependants).
# Before a copy changes, its `how`, old container and servers go to the run's journal (journal.sh), from
# which the next host command undoes the change if this run is killed. kill_point marks the places the
# host tests kill a run at (a no-op unless the host's environment asks for it).
declare -a REPLACED_DEF=() REPLACED_COPY=() REPLACED_OLD_SLOT=() REPLACED_NEW_SLOT=() REPLACED_HOW=() REPLACED_OLD_SERVER=()
HANDOVER_DEF='' HANDOVER_COPY='' HANDOVER_OLD_SLOT='' HANDOVER_NEW_SLOT='' HANDOVER_OLD_SERVER='' HANDOVER_MS='' HANDOVER_ID=''
declare -a STOPPING=()
declare -A TOUCHED=()

remember_replaced() { # d c old_slot new_slot how old_server
  REPLACED_DEF+=("$1"); REPLACED_COPY+=("$2"); REPLACED_OLD_SLOT+=("$3"); REPLACED_NEW_SLOT+=("$4")
  REPLACED_HOW+=("$5"); REPLACED_OLD_SERVER+=("$6")
}

# After success: nothing left to undo.
forget_replaced() {
  REPLACED_DEF=(); REPLACED_COPY=(); REPLACED_OLD_SLOT=(); REPLACED_NEW_SLOT=(); REPLACED_HOW=(); REPLACED_OLD_SERVER=()
}

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
  kill_point started
  await_up "$@" "$STARTED_MS" "$STARTED_ID"
}

# Waits until a started copy is healthy and ready in its balancer; fails the run otherwise. Sets UP_MS
# (ms from start to healthy) and UP_ID (its container id).
UP_MS=0 UP_ID=''
await_up() { # d c s name what started_ms started_id
  await_healthy "$@"
  make_ready "$@"
}

# The first half of await_up: healthy (a surge proves every new copy healthy before any takes traffic).
await_healthy() { # d c s name what started_ms started_id
  if ! wait_healthy "$1" "$2" "$3" "$4" "$6"; then
    abandon_new "$4"
    fail "$5 did not become healthy within ${DEF_DEADLINE[$1]}s"
  fi
  UP_MS=$HEALTH_MS
  UP_ID=$7
}

# The second half: ready in the balancer.
make_ready() { # d c s name what
  local d=$1 k="$1,$2,$3" name=$4
  if [[ -n ${LB_SOCK[$d]:-} ]]; then
    lb_deadline "$d"
    if ! lb_ready "$d" "${SLOT_SERVER[$k]}" "${SLOT_ADDR[$k]}" "$REPLY" proven; then
      lb_drain "$d" "${SLOT_SERVER[$k]}"
      abandon_new "$name"
      fail "haproxy did not report $5 ready in time"
    fi
  fi
  kill_point ready
}

# The pending handover (see the top of this file): the old copy drains and hands over its name, then
# stops in the background.
finish_handover() {
  [[ -z $HANDOVER_DEF ]] && return 0
  local d=$HANDOVER_DEF c=$HANDOVER_COPY old_server=$HANDOVER_OLD_SERVER name
  name=${COPY_NAME[$d,$c]}
  HANDOVER_DEF=''
  # The name changes hands while the old copy drains (haproxy knows servers by address, not by container).
  swap_names "$name" &
  if [[ -n ${LB_SOCK[$d]:-} ]]; then lb_drain "$d" "$old_server" later; fi
  wait $!
  handed_over "$d" "$c" "$HANDOVER_OLD_SLOT" "$HANDOVER_NEW_SLOT" "$old_server" "$HANDOVER_MS" "$HANDOVER_ID"
}

# After the names changed hands: the replacement is remembered, the old copy stops in the background, the
# new one is recorded. With `behind` (a surge: every new copy serves already) the old server was only set
# to drain: the wait for its sessions comes before its stop, in the background too.
handed_over() { # d c old_slot new_slot old_server up_ms up_id [behind]
  local d=$1 c=$2 old_server=$5 name=${COPY_NAME[$1,$2]}
  kill_point renamed
  remember_replaced "$d" "$c" "$3" "$4" swap "$old_server"
  if [[ -n ${8:-} ]]; then
    # Kept, stopped, for a restore until the run ends; a restore waits for it (wait_stopping).
    { if [[ -n ${LB_SOCK[$d]:-} ]]; then lb_drain "$d" "$old_server"; fi; stop_container "$d" "$name-berth-old"; } &
    STOPPING+=("$!")
  else
    # Drained already: it stops in the background (kept for a restore until the run ends) while haproxy
    # puts it in maintenance, and the next copy starts at once. A restore waits for both (wait_stopping).
    stop_container "$d" "$name-berth-old" &
    STOPPING+=("$!")
    if [[ -n ${LB_SOCK[$d]:-} ]]; then
      hap "${LB_SOCK[$d]}" "set server ${LB_BACKEND[$d]}/$old_server state maint" >/dev/null &
      STOPPING+=("$!")
    fi
  fi
  if kill_point_due stopped; then wait_stopping; kill_now stopped; fi
  TOUCHED[$name]=1
  known_copy "$d" "$c" "$4" "$7"
  record_copy "$d" "$c" "$name" replaced "$6" known
}

# NAME becomes NAME-berth-old, NAME-berth-next becomes NAME.
swap_names() { # name
  api --fail-early -fX POST "http://d/containers/$1/rename?name=$1-berth-old" "http://d/containers/$1-berth-next/rename?name=$1" >/dev/null
}

# What record_copy needs about a copy this run just proved healthy in slot s.
known_copy() { # d c s container_id
  C_EXISTS=1; C_RUNNING=true; C_ID=$4; C_IMAGE_ID=''; C_HEALTH=''; C_SLOT=${SLOT_ID[$1,$2,$3]}
}

# A copy bring_up started in slot 0 is up: record it.
record_started() { # d c action
  TOUCHED[${COPY_NAME[$1,$2]}]=1
  known_copy "$1" "$2" 0 "$UP_ID"
  record_copy "$1" "$2" "${COPY_NAME[$1,$2]}" "$3" "$UP_MS" known
}

# Replaces or starts one copy (the table at the top of this file); on failure `fail` restores what this
# run replaced.
deploy_copy() { # d c
  local d=$1 c=$2 name=${COPY_NAME[$1,$2]} nslots=${COPY_NSLOTS[$1,$2]} old s_old s_new old_server
  inspect_container "$name"
  # finish_handover below records the previous copy through the same C_* variables.
  local exists=$C_EXISTS old_id=$C_ID
  old=$name-berth-old
  if [[ -n ${EXISTING[$old]:-}${EXISTING[$name-berth-next]:-} ]]; then
    docker rm -f -- "$old" "$name-berth-next" >/dev/null 2>&1 || true
  fi
  slot_index_of "$d" "$c" "$C_SLOT"; s_old=$REPLY
  old_server=$C_SERVER
  ((s_old >= 0)) && [[ -z $old_server ]] && old_server=${SLOT_SERVER[$d,$c,$s_old]}
  if ((exists == 0)) || [[ $C_RUNNING != true ]]; then
    finish_handover
    if ((exists)); then
      journal_copy "$d" "$c" stopped "$old_id" "$old_server" "${SLOT_SERVER[$d,$c,0]}"
      docker rename -- "$name" "$old" >/dev/null
      remember_replaced "$d" "$c" "$s_old" 0 stopped "$old_server"
    else
      journal_copy "$d" "$c" new '' '' "${SLOT_SERVER[$d,$c,0]}"
      remember_replaced "$d" "$c" -1 0 new ''
    fi
    bring_up "$d" "$c" 0 "$name" "$name"
    record_started "$d" "$c" started
  elif ((nslots >= 2)) || [[ ${DEF_ROLLOUT[$d]:-} == overlap ]]; then
    local what="the new copy of $name"
    if ((nslots < 2)); then
      s_new=0
    else
      if ((s_old == 0)); then s_new=1; else s_new=0; fi
      what+=" (slot ${SLOT_ID[$d,$c,$s_new]})"
    fi
    journal_copy "$d" "$c" swap "$old_id" "$old_server" "${SLOT_SERVER[$d,$c,$s_new]}"
    start_container "$d" "$c" "$s_new" "$name-berth-next" || fail "docker run of $what failed: $(head -c 300 "$TEMP_DIR/run.out" | tr '\n' ' ')"
    local started=$STARTED_MS started_id=$STARTED_ID
    kill_point started
    # While this copy boots, the previous copy's handover completes.
    finish_handover
    await_up "$d" "$c" "$s_new" "$name-berth-next" "$what" "$started" "$started_id"
    HANDOVER_DEF=$d HANDOVER_COPY=$c HANDOVER_OLD_SLOT=$s_old HANDOVER_NEW_SLOT=$s_new HANDOVER_OLD_SERVER=$old_server
    HANDOVER_MS=$UP_MS HANDOVER_ID=$UP_ID
  else
    # Validation announced the downtime of a copy with one slot.
    finish_handover
    journal_copy "$d" "$c" stopstart "$old_id" "$old_server" "${SLOT_SERVER[$d,$c,0]}"
    [[ -n ${LB_SOCK[$d]:-} ]] && lb_drain "$d" "$old_server"
    stop_container "$d" "$name"
    docker rename -- "$name" "$old" >/dev/null
    remember_replaced "$d" "$c" "$s_old" 0 stopstart "$old_server"
    bring_up "$d" "$c" 0 "$name" "the new copy of $name"
    record_started "$d" "$c" replaced
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
  abandon_surge
  wait_stopping
  for ((i = ${#REPLACED_DEF[@]} - 1; i >= 0; i--)); do
    d=${REPLACED_DEF[$i]} c=${REPLACED_COPY[$i]} s_old=${REPLACED_OLD_SLOT[$i]} s_new=${REPLACED_NEW_SLOT[$i]}
    how=${REPLACED_HOW[$i]} old_server=${REPLACED_OLD_SERVER[$i]}
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
  forget_replaced
}
