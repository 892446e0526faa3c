# A rollout's failure: restore what it replaced, report, exit non-zero.

# The script's own process: an error in a subshell is its caller's to handle.
MAIN_PID=$$
IN_FAIL=0
fail() {
  local reason=$1
  if ((IN_FAIL)); then
    log "while failing: $reason"
    return 0
  fi
  IN_FAIL=1
  FAILURE_REASON=$reason
  log "FAILED: $reason"
  set +e
  finish_handover
  restore_replaced
  # Restored: nothing is left for the next command to repair.
  journal_restore_files
  journal_end
  cleanup_temp
  emit_result false
  exit 1
}

on_error() {
  local rc=$? line=$1
  # A failing command substitution is handled by its caller, not here.
  [[ $BASHPID == "$MAIN_PID" ]] || return 0
  ((IN_FAIL)) && return 0
  fail "unexpected error (exit $rc) at line $line of rollout.sh"
}
