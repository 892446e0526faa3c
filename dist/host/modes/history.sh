# history: the plans this host ran successfully (recorded by write_state), newest first, per app of
# the plan: release, deploy id, revision and the image of each auto and manual definition (history_entry
# in recorded.sh). Read as data.
mode_history() {
  parse_plan "$PLAN_FILE"
  history_entries 10
  HISTORY_JSON="[$REPLY]"
  emit_result true
}
