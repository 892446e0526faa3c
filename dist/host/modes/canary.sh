# canary: copy 0 of each balanced definition (a load-balancer binding) that changes runs the new release
# beside the old copies, under the same haproxy backend, for the bake; the answer carries haproxy's counters
# of the new and the old servers over it (lib/canary.sh). The migration runs first when the plan has it.
# Nothing else changes: other copies, workers, cron files, surplus containers, images. The plan is not
# recorded and no state file is written: the host's last good record stays the release before, so a
# `restore` puts the old copy 0 back, and a later `rollout` of the same plan keeps copy 0 (its hash
# matches) and replaces the rest. A failure before the bake ends restores copy 0, as a rollout does.
mode_canary() {
  parse_plan "$PLAN_FILE"
  canary_settings
  make_temp_dir
  take_lock
  log "canary ${META[release]:-} (${META[deployId]:-}) on ${META[hostname]:-$(hostname)} as ${META[actor]:-?}"
  resolve_secrets
  registry_logins
  decide_copies
  canary_select
  create_data_volumes
  run_migration
  deploy_definitions
  # A run killed during the bake is undone by the next command (copy 0's old container runs again).
  canary_bake
  journal_commit
  drop_old_copies
  forget_replaced
  release_lock
  cleanup_temp
  log "canary done"
  emit_result true
}
