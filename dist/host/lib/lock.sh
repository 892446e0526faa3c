# The host lock: one rollout at a time per host; the holder is written next to it. Whoever takes it first
# repairs what a killed run left (journal.sh), then keeps its own journal until release_lock.

LOCK_FD=''
take_lock() {
  local dir="$ROOT/var/lock" holder t0 timeout=${META[lockTimeout]:-300}
  [[ -d $dir ]] || mkdir -p -- "$dir"
  exec {LOCK_FD}>>"$dir/berth.lock"
  now_ms; t0=$REPLY
  if ! flock -n "$LOCK_FD"; then
    holder=$(head -c 500 "$dir/berth.holder" 2>/dev/null | tr '\n' ' ' || true)
    log "host is locked by ${holder:-an unknown run}; waiting up to ${timeout}s"
    if ! flock -w "$timeout" "$LOCK_FD"; then
      holder=$(head -c 500 "$dir/berth.holder" 2>/dev/null | tr '\n' ' ' || true)
      now_ms; LOCK_WAIT_MS=$((REPLY - t0))
      fail "host lock $dir/berth.lock still held after ${timeout}s by: ${holder:-unknown holder}"
    fi
  fi
  now_ms; LOCK_WAIT_MS=$((REPLY - t0))
  TZ=UTC0 printf -v holder 'who=%s when=%(%Y-%m-%dT%H:%M:%SZ)T version=%s deploy=%s pid=%s' "${META[actor]:-?}" -1 \
    "${META[release]:-?}" "${META[deployId]:-?}" "$$"
  printf '%s\n' "${holder//$'\r'/}" >"$dir/berth.holder"
  journal_repair "$ROOT"
  sweep_leftovers "$ROOT"
  journal_begin
}

release_lock() {
  [[ -n $LOCK_FD ]] || return 0
  journal_end
  : >"$ROOT/var/lock/berth.holder" 2>/dev/null || true
  flock -u "$LOCK_FD" || true
}
