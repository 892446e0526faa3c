# restore: put this host back on a plan it recorded (records.sh), as it ran it: images, env, command,
# entrypoint, ports, volumes, health, balancer, stop signal, cron lines and env files, copies. The request
# is a plan without definitions naming the apps, the root, the deploy id the restore is recorded under and
# which record to take:
#   meta undo ID      the way back after deploy ID failed: per app, the newest record not of ID
#   meta restore ID   a rollback to what the hosts recorded: per app, the newest record of deploy ID
# Every app of the request must have its record, and one run must have written them all (one plan);
# else nothing changes and the result says so (ok false, `history` empty). The record is rolled out as
# the rollout mode runs a plan, with no migration, no forced replacement, images on the host first; a
# manual definition is replaced only when the undone deploy redeployed it. `history` names the record.

# One record: copied to a private file, minus its migration, its definitions' redeploy flags set, under the
# request's deploy id and actor. REDEPLOY_MANUAL names the manual definitions (app/name) to replace.
declare -A REDEPLOY_MANUAL=()
restore_copy() { # record deploy_id actor -> REPLY (path of the copy)
  local record=$1 line out
  local -a R=()
  out=$(mktemp "${TMPDIR:-/tmp}/berth-restore.XXXXXX")
  {
    IFS= read -r line
    printf '%s\n' "$PLAN_HEADER"
    while IFS= read -r -d "$RS" line || [[ -n $line ]]; do
      line=${line#$'\n'}
      [[ -z $line ]] && continue
      case $line in
        migration"$US"* | migrationargs"$US"* | migrationcommand"$US"* | migrationenv"$US"*) continue ;;
        def"$US"*)
          decode_list R "$line"
          R[7]=0
          [[ ${R[4]:-} == manual && -n ${REDEPLOY_MANUAL[${R[2]:-}/${R[3]:-}]:-} ]] && R[7]=1
          join_list "${R[@]}"; line=$REPLY
          ;;
      esac
      printf '%s%s' "$line" "$RS"
    done
    printf 'meta%sdeployId%s%s%s%s' "$US" "$US" "$2" "$US" "$RS"
    printf 'meta%sactor%s%s%s%s' "$US" "$US" "$3" "$US" "$RS"
    printf 'meta%sforce%s0%s%s' "$US" "$US" "$US" "$RS"
    printf 'meta%spreferLocalImages%s1%s%s' "$US" "$US" "$US" "$RS"
  } <"$record" >"$out"
  REPLY=$out
}

# The manual definitions (app/name) a recorded plan redeploys.
manual_redeploys() { # record
  local line
  local -a R=()
  {
    IFS= read -r line
    while next_record R; do
      [[ ${R[0]:-} == def && ${R[4]:-} == manual && ${R[7]:-} == 1 ]] && REDEPLOY_MANUAL[${R[2]}/${R[3]}]=1
    done
  } <"$1"
  return 0
}

mode_restore() {
  parse_plan "$PLAN_FILE"
  local undo=${META[undo]:-} from=${META[restore]:-} deploy_id=${META[deployId]:-} actor=${META[actor]:-} app chosen='' name
  local -a apps=("${APPS[@]}") missing=() records=()
  [[ -n $undo || -n $from ]] || plan_error 'a restore names the deploy to undo (meta undo) or the one to restore (meta restore)'
  HISTORY_JSON='[]'
  for app in "${apps[@]}"; do
    if [[ -n $undo ]]; then recorded_plan "$app" skip "$undo"; else recorded_plan "$app" only "$from"; fi
    if [[ -z $REPLY ]]; then
      missing+=("$app")
      continue
    fi
    records+=("$REPLY")
    name=${REPLY##*/}
    if [[ -n $chosen && $name != "$chosen" ]]; then
      fail "the records of ${apps[*]} come from different runs ($chosen, $name): restore this host by hand"
    fi
    chosen=$name
  done
  if ((${#missing[@]} > 0)); then
    fail "no record of what this host ran ${undo:+before deploy $undo}${from:+under deploy $from} for ${missing[*]}${RECORD_PROBLEMS:+ ($RECORD_PROBLEMS)}; nothing restored"
  fi
  ((${#records[@]} > 0)) || plan_error 'a restore names at least one app'
  # The undone deploy's own record here (when its rollout got that far) says which manual definitions it redeployed.
  if [[ -n $undo ]]; then
    for app in "${apps[@]}"; do
      recorded_plan "$app" only "$undo"
      if [[ -n $REPLY ]]; then manual_redeploys "$REPLY"; fi
    done
    ((${#REDEPLOY_MANUAL[@]} == 0)) || log "deploy $undo redeployed manual ${!REDEPLOY_MANUAL[*]}: restoring them too"
  fi
  history_entry "${records[0]}" "${apps[0]}"
  local entry=$REPLY i
  for ((i = 1; i < ${#apps[@]}; i++)); do
    history_entry "${records[$i]}" "${apps[$i]}"
    entry+=",$REPLY"
  done
  HISTORY_JSON="[$entry]"
  restore_copy "${records[0]}" "$deploy_id" "$actor"
  [[ -n ${SELECTED_PLAN:-} ]] && rm -f -- "$SELECTED_PLAN"
  # Removed at exit like a selected plan.
  SELECTED_PLAN=$REPLY
  PLAN_FILE=$REPLY
  log "restoring ${apps[*]} from the record ${records[0]#"$ROOT"/}"
  # The rollout parses the record afresh (parse_plan parses once unless told).
  APPS=()
  META=()
  PLAN_PARSED=0
  mode_rollout
}
