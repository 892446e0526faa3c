# rollout: replace what changed, zero downtime, restore on failure.
mode_rollout() {
  parse_plan "$PLAN_FILE"
  make_temp_dir
  take_lock
  log "rollout ${META[release]:-} (${META[deployId]:-}) on ${META[hostname]:-$(hostname)} as ${META[actor]:-?}"
  resolve_secrets
  registry_logins
  decide_copies
  start_prune
  create_data_volumes
  run_migration
  deploy_definitions
  write_cron
  log "cleaning up"
  cleanup_containers
  finish_prune
  # Replaced copies have been stopping in the background since their swaps; meanwhile the state is
  # written (its failure, as before, fails the run without a restore).
  write_state &
  drop_old_copies
  forget_replaced
  wait $!
  # Still under the host lock: what runs now, once nothing of this run moves any more (the read back).
  final_read
  release_lock
  cleanup_temp
  log "rollout done"
  emit_result true
}
