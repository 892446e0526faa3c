# history: the plans this host ran successfully (recorded by write_state), newest first, per app of
# the plan: release, deploy id, revision and the image of each auto and manual definition. Read as data.
history_entry() { # file app -> REPLY (JSON object, empty when the file is not a readable plan)
  local file=$1 app=$2 line name at deploy_id='' release='' revision='' images=''
  local -a R=()
  REPLY=''
  {
    IFS= read -r line || return 0
    [[ $line == "$PLAN_HEADER" ]] || return 0
    while next_record R; do
      case ${R[0]:-} in
        meta)
          case ${R[1]:-} in
            deployId) deploy_id=${R[2]:-} ;;
            release) release=${R[2]:-} ;;
            revision) revision=${R[2]:-} ;;
          esac
          ;;
        def)
          [[ ${R[2]:-} == "$app" && ${R[4]:-} != cron ]] || continue
          json_str "$app/${R[3]:-}"; images+="${images:+,}$REPLY"
          json_str "${R[5]:-}"; images+=":$REPLY"
          ;;
      esac
    done
  } <"$file"
  name=${file##*/}
  at=${name%%-*}
  json_str "$app"; line="{\"app\":$REPLY"
  json_str "$release"; line+=",\"release\":$REPLY"
  json_str "$deploy_id"; line+=",\"deployId\":$REPLY"
  json_str "$revision"; line+=",\"revision\":$REPLY"
  json_str "$at"; line+=",\"at\":$REPLY,\"images\":{$images}}"
  REPLY=$line
}

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
