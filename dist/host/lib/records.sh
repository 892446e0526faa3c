# What a successful rollout leaves on the host for read-back and rollback: per app, its state and
# its last ten plans (read back by recorded.sh: the history and restore modes).

write_state() {
  local app dir hist file at overhead='' earlier migration kept
  local -a old=() figures=()
  dir="$ROOT/var/lib/berth"
  TZ=UTC0 printf -v at '%(%Y-%m-%dT%H:%M:%SZ)T' -1
  # The run's own time beyond its work and its lock wait (secrets, pulls, drains, cleanup): with the
  # durations, the next deploy's expected time. Only a run that did work measures it.
  if ((WORK_MS > 0)); then
    now_ms
    secs_between 0 "$((REPLY - START_MS - WORK_MS - LOCK_WAIT_MS))"; overhead=$REPLY
  fi
  for app in "${APPS[@]}"; do
    app_file "$app"; file=$REPLY
    json_str "${META[deployId]:-}"; local j="{\"deployId\":$REPLY"
    json_str "${META[release]:-}"; j+=",\"release\":$REPLY"
    json_str "$at"; j+=",\"at\":$REPLY"
    local copies='' k
    for k in "${!COPY_RESULTS[@]}"; do
      [[ ${COPY_RESULT_APP[$k]} == "$app" ]] && copies+="${copies:+,}${COPY_RESULTS[$k]}"
    done
    json_str "$app"; j+=",\"app\":$REPLY,\"copies\":[$copies]"
    # The migration's seconds (the host that ran it): with the copies' startToHealthy, the next
    # deploy's expected time on this host (preflight reads them, state_figures). A run that started no
    # copy or ran no migration keeps the figures of the run before, so that time stays known.
    state_figures "$dir/$file.state"
    IFS='|' read -r earlier migration kept <<<"$REPLY"
    if [[ $copies != *'"startToHealthy":'* && -n $earlier ]]; then
      IFS=, read -r -a figures <<<"$earlier"
      printf -v earlier '{"startToHealthy":%s},' "${figures[@]}"
      j+=",\"earlier\":[${earlier%,}]"
    fi
    if [[ $MIGRATION_JSON =~ \"ok\":true,\"seconds\":([0-9.]+) ]]; then
      j+=",\"migrationSeconds\":${BASH_REMATCH[1]}"
    elif [[ -n $migration ]]; then
      j+=",\"migrationSeconds\":$migration"
    fi
    [[ -n $overhead ]] && kept=$overhead
    [[ -z $kept ]] || j+=",\"overheadSeconds\":$kept"
    j+='}'
    write_file_atomic "$dir/$file.state" 600 "$j"$'\n'
    hist="$dir/plans/$file"
    [[ -d $hist ]] || mkdir -p -- "$hist"
    # Plan file names start with a UTC timestamp: newest last in name order (LC_COLLATE=C); ten stay.
    old=("$hist"/*.plan)
    # A converge that repairs a host runs the deploy's own plan again: recorded twice, the deploy would
    # read as undone (history, rollback); the record it has stays the one.
    [[ $MODE == converge && -f ${old[-1]} ]] && record_deploy_id "${old[-1]}" && [[ $REPLY == "${META[deployId]:-}" ]] && continue
    # 0600 (umask 077).
    cp -- "$PLAN_FILE" "$hist/${at//[-:]/}-$$.plan"
    old=("$hist"/*.plan)
    if ((${#old[@]} > 10)); then rm -f -- "${old[@]:0:${#old[@]}-10}"; fi
  done
}
