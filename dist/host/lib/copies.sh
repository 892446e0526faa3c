# One copy's container: start it in a slot, prove it healthy, stop it.

# Proves the container in slot (d,c,s) healthy: the slot's check passes and startupTime has passed.
# Returns 0 healthy, 1 not in time or exited. Sets HEALTH_MS to the ms from start to healthy.
HEALTH_MS=0
wait_healthy() { # d c s container start_ms
  local d=$1 k="$1,$2,$3" name=$4 start=$5
  local kind=${SLOT_HKIND[$1,$2,$3]} probe_ok interval timeout deadline min_ms alive_ms=$5
  local -a hargs=()
  decode_list hargs "${SLOT_HARGS[$k]}"
  interval=${DEF_INTERVAL[$d]}; timeout=${DEF_TIMEOUT[$d]}
  [[ $interval == 0 ]] && interval=1
  [[ $timeout == 0 ]] && timeout=5
  deadline=${DEF_DEADLINE[$d]%.*}
  # 0 means "not set": give the copy its startup time and a minute more.
  ((deadline == 0)) && deadline=$((${DEF_STARTUP[$d]%.*} + 60))
  deadline=$((start + deadline * 1000))
  min_ms=$((${DEF_STARTUP[$d]%.*} * 1000))
  while :; do
    probe_ok=1
    case $kind in
      http) curl -fsS -o /dev/null --max-time "$timeout" -- "${hargs[0]}" 2>/dev/null || probe_ok=0 ;;
      http-unix) curl -fsS -o /dev/null --max-time "$timeout" --unix-socket "${hargs[0]}" -- "http://localhost${hargs[1]}" 2>/dev/null || probe_ok=0 ;;
      cmd) timeout "$timeout" docker exec -- "$name" "${hargs[@]}" >/dev/null 2>&1 || probe_ok=0 ;;
      docker)
        engine_json "/containers/$name/json"
        [[ $REPLY == *'"Health":{"Status":"healthy"'* ]] || probe_ok=0
        ;;
      none) ;;
        *) fail "unknown health check kind '$kind' for $name" ;;
    esac
    now_ms
    if ((probe_ok)) && ((REPLY - start >= min_ms)); then
      HEALTH_MS=$((REPLY - start))
      return 0
    fi
    # Has it died? Asked at most once a second.
    if ((REPLY - alive_ms >= 1000)); then
      if ! container_up "$name"; then
        log "$name exited before it became healthy"
        return 1
      fi
      now_ms; alive_ms=$REPLY
    fi
    if ((REPLY > deadline)); then
      log "$name not healthy within ${DEF_DEADLINE[$d]}s"
      return 1
    fi
    if ((probe_ok)); then
      # Healthy but startupTime not reached: sleep the rest.
      sleep "$(((min_ms - (REPLY - start)) / 1000)).$(printf '%03d' $(((min_ms - (REPLY - start)) % 1000)))"
    elif [[ $kind == http || $kind == http-unix ]]; then
      # Cheap probes: poll fast so the measured start-to-healthy time is the copy's own.
      sleep 0.1
    else
      sleep "$interval"
    fi
  done
}

# Starts the container of slot (d,c,s) named NAME; docker's output goes to OUT (default run.out: copies
# started at once need one each). Sets STARTED_MS.
STARTED_MS=0 STARTED_ID=''
start_container() { # d c s name [out]
  local d=$1 c=$2 s=$3 name=$4 k="$1,$2,$3" out_file=${5:-$TEMP_DIR/run.out}
  local -a runargs=() cmdargs=() labels=()
  decode_list runargs "${SLOT_RUNARGS[$k]:-}"
  decode_list cmdargs "${SLOT_CMD[$k]:-}"
  labels=(--label "berth.app=${DEF_APP[$d]}" --label "berth.definition=${DEF_NAME[$d]}" --label "berth.copy=$c"
    --label "berth.slot=${SLOT_ID[$k]}" --label "berth.hash=${DEF_HASH[$d]}" --label "berth.deploy=${META[deployId]:-}"
    --label "berth.release=${META[release]:-}")
  secrets_label "$d"
  labels+=(--label "berth.secrets=$REPLY")
  if [[ -n ${LB_SOCK[$d]:-} && -n ${SLOT_SERVER[$k]} ]]; then
    labels+=(--label "berth.server=${SLOT_SERVER[$k]}" --label "berth.lb-socket=${LB_SOCK[$d]}" --label "berth.lb-backend=${LB_BACKEND[$d]}")
  fi
  build_env "$d"
  now_ms; STARTED_MS=$REPLY
  log "starting $name (${DEF_IMAGE[$d]}, slot ${SLOT_ID[$k]})"
  if ! docker_with_env run -d --name "$name" "${labels[@]}" --stop-signal "${DEF_STOPSIG[$d]:-SIGTERM}" \
    --stop-timeout "${DEF_GRACE[$d]%.*}" "${runargs[@]}" "${ENV_ARGS[@]}" -- "${DEF_IMAGE[$d]}" "${cmdargs[@]}" >"$out_file" 2>&1; then
    drop_env_file
    docker rm -f -- "$name" >/dev/null 2>&1 || true
    FAILURE_CONTAINER=$name
    return 1
  fi
  drop_env_file
  local -a out=()
  mapfile -t out <"$out_file"
  STARTED_ID=${out[-1]:-}
  return 0
}

# Stops gracefully: its stop signal, then SIGKILL after the grace period (set at docker run).
stop_container() { # d name
  local grace=${DEF_GRACE[$1]:-10}
  api -o /dev/null -X POST "http://d/containers/$2/stop?t=${grace%.*}" || true
}

slot_index_of() { # d c slot_id -> REPLY index or -1
  local s n=${COPY_NSLOTS[$1,$2]}
  for ((s = 0; s < n; s++)); do
    [[ ${SLOT_ID[$1,$2,$s]} == "$3" ]] && { REPLY=$s; return 0; }
  done
  REPLY=-1
}
