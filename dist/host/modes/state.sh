# state: read back what runs (copies, images, health) against the plan.
mode_state() {
  parse_plan "$PLAN_FILE"
  local d c
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && continue
    for c in ${COPY_LIST[$d]}; do
      inspect_container "${COPY_NAME[$d,$c]}"
      if ((C_EXISTS)) && [[ $C_HASH == "${DEF_HASH[$d]}" ]]; then
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" unchanged
      else
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" outdated
      fi
    done
  done
  local ok=true entry
  for entry in "${COPY_RESULTS[@]}"; do
    [[ $entry == *'"health":"healthy"'* || $entry == *'"health":"none"'* ]] || ok=false
    [[ $entry == *'"action":"outdated"'* ]] && ok=false
  done
  [[ $ok == false ]] && FAILURE_REASON='some copies are missing, unhealthy or not what the plan says'
  emit_result "$ok"
  [[ $ok == true ]]
}
