# haproxy runtime API (socat on the admin socket). Every call tolerates a balancer that is not up.

# Several commands go in one connection, `;`-separated (haproxy runs them in order).
hap() { # socket command...
  local sock=$1 IFS=';'
  shift
  [[ -S $sock ]] || return 1
  printf '%s\n' "$*" | socat -t 2 - "UNIX-CONNECT:$sock" 2>/dev/null
}

# Status (field 18) and current sessions (field 5) of one server, into SRV_STATUS / SRV_SCUR; empty when missing.
# Commands given after the server run first, in the same connection.
SRV_STATUS='' SRV_SCUR=0 LB_ANSWERED=0
server_stat() { # d server [command...]
  local out
  SRV_STATUS=''; SRV_SCUR=0; LB_ANSWERED=0
  out=$(hap "${LB_SOCK[$1]}" "${@:3}" 'show stat' || true)
  [[ $out == *'# pxname'* ]] && LB_ANSWERED=1
  local IFS=,
  local -a f
  while read -r -a f; do
    if [[ ${f[0]:-} == "${LB_BACKEND[$1]}" && ${f[1]:-} == "$2" ]]; then
      SRV_STATUS=${f[17]:-}; SRV_SCUR=${f[4]:-0}
      return 0
    fi
  done <<<"$out"
}

# Makes the server of a slot exist, enabled, and waits until haproxy sees it UP (bounded).
lb_ready() { # d server address deadline_ms [proven]
  local d=$1 srv=$2 addr=$3 deadline=$4 be=${LB_BACKEND[$1]}
  local -a up=()
  [[ -z $srv ]] && return 0
  # We proved the copy healthy through the same socket or port: no need to wait for haproxy's next check.
  [[ ${5:-} == proven ]] && up=("set server $be/$srv health up")
  # A missing server only answers "No such server" to these.
  server_stat "$d" "$srv" "set server $be/$srv state ready" "enable health $be/$srv" "${up[@]}"
  if ((LB_ANSWERED == 0)); then
    log "balancer for $be not running yet; $srv will be picked up when it starts"
    return 0
  fi
  if [[ -z $SRV_STATUS ]]; then
    [[ -n $addr ]] || { log "server $be/$srv is not in haproxy and the plan gives no address"; return 1; }
    log "adding server $be/$srv ($addr) to haproxy"
    server_stat "$d" "$srv" "add server $be/$srv $addr check inter 1s fall 2 rise 1" "enable health $be/$srv" "enable server $be/$srv" "${up[@]}"
  fi
  log "haproxy: $be/$srv ready"
  while [[ $SRV_STATUS != UP && $SRV_STATUS != 'no check' && $SRV_STATUS != OPEN ]]; do
    now_ms
    if ((REPLY > deadline)); then
      log "haproxy still reports $be/$srv as '${SRV_STATUS:-missing}'"
      return 1
    fi
    sleep 0.05
    server_stat "$d" "$srv"
  done
}

# Drains a server: no new sessions, wait for current ones to end (bounded), then maintenance (unless
# the caller sends that itself: `later`).
lb_drain() { # d server [later]
  local d=$1 srv=$2 be=${LB_BACKEND[$1]:-} deadline
  [[ -z $srv || -z $be ]] && return 0
  server_stat "$d" "$srv" "set server $be/$srv state drain"
  [[ -z $SRV_STATUS ]] && return 0
  log "haproxy: draining $be/$srv"
  now_ms; deadline=$((REPLY + ${LB_DRAIN[$d]:-30} * 1000))
  while [[ ${SRV_SCUR:-0} != 0 ]]; do
    now_ms
    if ((REPLY > deadline)); then
      log "drain of $be/$srv timed out with $SRV_SCUR session(s) left"
      break
    fi
    sleep 0.05
    server_stat "$d" "$srv"
  done
  [[ -n ${3:-} ]] || hap "${LB_SOCK[$d]}" "set server $be/$srv state maint" >/dev/null || true
}
