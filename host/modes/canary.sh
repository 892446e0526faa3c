# canary: copy 0 of each balanced definition on the new release, a bake, haproxy's counters.
# Not implemented in this commit: the mode refuses and changes nothing.
mode_canary() {
  FAILURE_REASON='canary mode: not implemented by this host script yet'
  emit_result false
  exit 1
}
