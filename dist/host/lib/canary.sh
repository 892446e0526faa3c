# The canary (modes/canary.sh): which copies it changes, the bake, and haproxy's counters of the new and
# the old servers over it. The host reports numbers; the runner decides (src/deploy/canary-verdict.ts).

# The plan's canary meta lines (the runner adds them to the rollout's plan; no hash holds them).
CANARY_SECONDS=0 CANARY_MIN_REQUESTS=0 CANARY_MAX_WAIT=0
canary_settings() {
  local key
  [[ -n ${META[canarySeconds]:-} ]] || plan_error 'a canary plan names its bake (meta canarySeconds)'
  for key in canarySeconds canaryMinRequests canaryMaxWaitSeconds; do
    # At most six digits: a bake of days is a mistake, and bash arithmetic must not overflow.
    [[ ${META[$key]:-0} =~ ^[0-9]{1,6}$ ]] || plan_error "meta $key must be a whole number (at most 999999)"
  done
  CANARY_SECONDS=$((10#${META[canarySeconds]}))
  CANARY_MIN_REQUESTS=$((10#${META[canaryMinRequests]:-0}))
  CANARY_MAX_WAIT=$((10#${META[canaryMaxWaitSeconds]:-0}))
  ((CANARY_MAX_WAIT >= CANARY_SECONDS)) || CANARY_MAX_WAIT=$CANARY_SECONDS
}

# The definitions whose copy 0 the canary replaces (ids), and the JSON entries of the others (`uncompared`).
declare -a CANARY_DEFS=() CANARY_UNCOMPARED=()

canary_uncompared() { # d why
  local j
  json_str "${DEF_APP[$1]}"; j="{\"app\":$REPLY"
  json_str "${DEF_NAME[$1]}"; j+=",\"definition\":$REPLY"
  json_str "$2"; CANARY_UNCOMPARED+=("$j,\"why\":$REPLY}")
}

# After decide_copies: copy 0 of each balanced definition that changes keeps its plan (replace or start);
# every other copy is held as it runs (HOLD, steps.sh: kept, dependants not recreated, reported as
# `unchanged` or, when the rollout would change it, `outdated`). Cron files are not written at all.
canary_select() {
  local d c first why
  for d in "${DEF_IDS[@]}"; do
    if [[ ${DEF_MODE[$d]} == cron ]]; then
      canary_uncompared "$d" 'cron: changes at promotion'
      continue
    fi
    first=${COPY_LIST[$d]%% *}
    why=''
    if [[ -z ${LB_SOCK[$d]:-} ]]; then
      why='no load balancer'
    elif [[ -z $first ]]; then
      why='no copies on this host'
    elif [[ ${COPY_PLAN[$d,$first]} == keep && ${DEF_MODE[$d]} == manual ]]; then
      why='manual: kept as it runs'
    elif [[ ${COPY_PLAN[$d,$first]} == keep ]]; then
      why='copy 0 runs this release already'
    else
      CANARY_DEFS+=("$d")
    fi
    if [[ -n $why ]]; then canary_uncompared "$d" "$why"; fi
    for c in ${COPY_LIST[$d]}; do
      if [[ -z $why && $c == "$first" ]]; then continue; fi
      if [[ ${COPY_PLAN[$d,$c]} == keep ]]; then HOLD[$d,$c]=unchanged; else HOLD[$d,$c]=outdated; fi
      COPY_PLAN[$d,$c]=keep
    done
  done
  log "canary: copy 0 of ${#CANARY_DEFS[@]} balanced definition(s) changes; everything else stays as it runs"
}

# A container's id, restart count, running flag and haproxy server (its berth.server label) into CC_*.
CC_ID='' CC_RESTARTS=0 CC_RUNNING=false CC_SERVER=''
canary_container() { # name
  CC_ID='' CC_RESTARTS=0 CC_RUNNING=false CC_SERVER=''
  engine_json "/containers/$1/json"
  [[ $REPLY =~ \"Id\":\"([0-9a-f]+)\" ]] || return 0
  CC_ID=${BASH_REMATCH[1]}
  [[ $REPLY =~ \"RestartCount\":([0-9]+) ]] && CC_RESTARTS=${BASH_REMATCH[1]}
  [[ $REPLY == *'"Running":true'* ]] && CC_RUNNING=true
  [[ $REPLY =~ \"berth\.server\":\"([A-Za-z0-9_.:-]*)\" ]] && CC_SERVER=${BASH_REMATCH[1]}
  return 0
}

# Per canary definition: its new server (copy 0's, as it runs now) and the old ones (the other copies
# that run), space-separated.
declare -A CANARY_NEW=() CANARY_OLD=() CANARY_ID=() CANARY_RESTARTS=()
canary_servers() {
  local d c first
  for d in "${CANARY_DEFS[@]}"; do
    first=${COPY_LIST[$d]%% *}
    canary_container "${COPY_NAME[$d,$first]}"
    CANARY_NEW[$d]=$CC_SERVER CANARY_ID[$d]=$CC_ID CANARY_RESTARTS[$d]=$CC_RESTARTS
    CANARY_OLD[$d]=''
    for c in ${COPY_LIST[$d]}; do
      [[ $c == "$first" ]] && continue
      canary_container "${COPY_NAME[$d,$c]}"
      if [[ $CC_RUNNING == true && -n $CC_SERVER ]]; then CANARY_OLD[$d]+="$CC_SERVER "; fi
    done
  done
  return 0
}

# haproxy's counters of every server of the canary definitions' backends, one `show stat` per admin
# socket, into the array named $1: "socket|backend|server" -> "requests r5xx errors rtime tcp". Columns
# are found by the header's names. A TCP-mode server (its `mode` field, or no HTTP counters at all) has
# no hrsp_* and no rtime: its requests are its connections (stot) and tcp is 1.
canary_stats() { # array_name
  local -n stats_ref=$1
  local d sock out line name i v
  local -A socks=() col=()
  local -a f=() head=()
  for d in "${CANARY_DEFS[@]}"; do socks[${LB_SOCK[$d]}]=1; done
  for sock in "${!socks[@]}"; do
    out=$(hap "$sock" 'show stat' || true)
    col=()
    while IFS= read -r line; do
      if [[ $line == '# '* ]]; then
        IFS=, read -r -a head <<<"${line#'# '}"
        for i in "${!head[@]}"; do col[${head[$i]}]=$i; done
        continue
      fi
      [[ -n ${col[hrsp_5xx]:-} && -n $line ]] || continue
      IFS=, read -r -a f <<<"$line"
      local -a n=()
      for name in hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other econ eresp rtime stot; do
        v=${f[${col[$name]:-999}]:-0}
        is_uint "$v" || v=0
        n+=("$((10#$v))")
      done
      if [[ ${f[${col[mode]:-999}]:-} == tcp || -z ${f[${col[hrsp_2xx]}]:-} ]]; then
        stats_ref["$sock|${f[0]:-}|${f[1]:-}"]="${n[9]} 0 $((n[6] + n[7])) 0 1"
      else
        stats_ref["$sock|${f[0]:-}|${f[1]:-}"]="$((n[0] + n[1] + n[2] + n[3] + n[4] + n[5])) ${n[4]} $((n[6] + n[7])) ${n[8]} 0"
      fi
    done <<<"$out"
  done
}

# The JSON of one side (REPLY): counters of these servers as end minus start (a counter that went down,
# haproxy reloaded, counts from 0), rtime at the end weighted by each server's requests; `"unit":
# "connections"` when a server is TCP-mode (requests are then connections; no 5xx, no response time).
canary_side() { # d servers
  local d=$1 srv key servers='' requests=0 r5xx=0 errors=0 weighted=0 rtime=0 tcp=0 i
  local -a s=() e=() list=()
  read -r -a list <<<"$2"
  for srv in "${list[@]}"; do
    key="${LB_SOCK[$d]}|${LB_BACKEND[$d]}|$srv"
    read -r -a s <<<"${STAT_START[$key]:-0 0 0 0 0}"
    read -r -a e <<<"${STAT_END[$key]:-0 0 0 0 0}"
    for i in 0 1 2; do
      if ((e[i] >= s[i])); then e[i]=$((e[i] - s[i])); fi
    done
    requests=$((requests + e[0])) r5xx=$((r5xx + e[1])) errors=$((errors + e[2])) weighted=$((weighted + e[0] * e[3]))
    ((${e[4]:-0} == 1)) && tcp=1
    json_str "$srv"; servers+="${servers:+,}$REPLY"
  done
  if ((requests > 0)); then rtime=$(((weighted + requests / 2) / requests)); fi
  REPLY="{\"servers\":[$servers],\"requests\":$requests,\"r5xx\":$r5xx,\"errors\":$errors,\"rtimeMs\":$rtime"
  ((tcp == 1)) && REPLY+=',"unit":"connections"'
  REPLY+='}'
}

# Requests each canary definition's new server got since the bake's start; 0 when all got the minimum.
canary_short_of_requests() {
  local d key
  local -a s=() e=()
  for d in "${CANARY_DEFS[@]}"; do
    key="${LB_SOCK[$d]}|${LB_BACKEND[$d]}|${CANARY_NEW[$d]}"
    read -r -a s <<<"${STAT_START[$key]:-0 0 0 0 0}"
    read -r -a e <<<"${STAT_END[$key]:-0 0 0 0 0}"
    if ((e[0] >= s[0])); then e[0]=$((e[0] - s[0])); fi
    if ((e[0] < CANARY_MIN_REQUESTS)); then return 0; fi
  done
  return 1
}

# The bake: counters at its start, canarySeconds, then on (a counter read a second) while a new server
# got fewer than canaryMinRequests, up to canaryMaxWaitSeconds from the start; counters at its end.
# Sets MODE_JSON (the result's `canary`).
declare -A STAT_START=() STAT_END=()
canary_bake() {
  local d t0 t1 now restarts=0 defs='' j first why
  if ((${#CANARY_DEFS[@]} > 0)); then
    canary_servers
    canary_stats STAT_START
    now_ms; t0=$REPLY
    kill_point bake
    log "canary: baking ${CANARY_SECONDS}s (at least $CANARY_MIN_REQUESTS requests per new server, up to ${CANARY_MAX_WAIT}s)"
    while :; do
      now_ms; now=$REPLY
      if ((now - t0 < CANARY_SECONDS * 1000)); then
        d=$((CANARY_SECONDS * 1000 - (now - t0)))
        ((d > 5000)) && d=5000
        sleep "$((d / 1000)).$(printf '%03d' $((d % 1000)))"
        continue
      fi
      canary_stats STAT_END
      now_ms; t1=$REPLY
      canary_short_of_requests || break
      if ((t1 - t0 >= CANARY_MAX_WAIT * 1000)); then
        log "canary: a new server still has fewer than $CANARY_MIN_REQUESTS requests after ${CANARY_MAX_WAIT}s"
        break
      fi
      sleep 1
    done
  else
    log 'canary: no copy changed, nothing to bake'
    now_ms; t0=$REPLY t1=$REPLY
  fi
  for d in "${CANARY_DEFS[@]}"; do
    first=${COPY_LIST[$d]%% *}
    canary_container "${COPY_NAME[$d,$first]}"
    # A canary copy that restarted, or stopped, or was replaced during the bake.
    if [[ $CC_ID != "${CANARY_ID[$d]}" ]]; then
      restarts=$((restarts + 1))
    else
      restarts=$((restarts + CC_RESTARTS - CANARY_RESTARTS[$d]))
      if [[ $CC_RUNNING != true ]]; then restarts=$((restarts + 1)); fi
    fi
    json_str "${DEF_APP[$d]}"; j="{\"app\":$REPLY"
    json_str "${DEF_NAME[$d]}"; j+=",\"definition\":$REPLY"
    why=''
    if [[ ${COPY_LIST[$d]} != *' '?* ]]; then
      why='one copy: nothing to compare'
    elif [[ -z ${CANARY_OLD[$d]} ]]; then
      why='no other copy runs: nothing to compare'
    fi
    if [[ -n $why ]]; then json_str "$why"; j+=",\"compared\":false,\"why\":$REPLY"; else j+=',"compared":true'; fi
    canary_side "$d" "${CANARY_NEW[$d]}"; j+=",\"new\":$REPLY"
    canary_side "$d" "${CANARY_OLD[$d]}"; j+=",\"old\":$REPLY}"
    defs+="${defs:+,}$j"
    log "canary: ${DEF_APP[$d]}/${DEF_NAME[$d]}: $j"
  done
  secs_between "$t0" "$t1"
  MODE_JSON="{\"bakedSeconds\":$REPLY,\"definitions\":[$defs],\"uncompared\":[$(IFS=,; printf '%s' "${CANARY_UNCOMPARED[*]}")],\"restarts\":$restarts}"
}
