# history: the plans this host ran successfully (recorded by write_state), newest first, per app of
# the plan: release, deploy id, revision and the image of each auto and manual definition (history_entry
# in recorded.sh). Read as data.
mode_history() {
  parse_plan "$PLAN_FILE"
  local app dir entries='' file
  local -a files=()
  for app in "${APPS[@]}"; do
    app_file "$app"
    dir="$ROOT/var/lib/berth/plans/$REPLY"
    [[ -d $dir ]] || continue
    mapfile -t files < <(cd -- "$dir" && compgen -G '*.plan' | sort -r | head -n 10)
    for file in "${files[@]}"; do
      history_entry "$dir/$file" "$app"
      [[ -n $REPLY ]] && entries+="${entries:+,}$REPLY"
    done
  done
  HISTORY_JSON="[$entries]"
  emit_result true
}
