# state: read back what runs (copies, images, health) against the plan.
mode_state() {
  parse_plan "$PLAN_FILE"
  record_planned_copies
  local ok=true entry
  for entry in "${COPY_RESULTS[@]}"; do
    [[ $entry == *'"health":"healthy"'* || $entry == *'"health":"none"'* ]] || ok=false
    [[ $entry == *'"action":"outdated"'* ]] && ok=false
  done
  [[ $ok == false ]] && FAILURE_REASON='some copies are missing, unhealthy or not what the plan says'
  emit_result "$ok"
  [[ $ok == true ]]
}
