# Reading the plans this host recorded (records.sh writes them): one as a history entry, the deploy id
# one names, the newest of an app by deploy id. Used by the history and restore modes.

# The deploy id a recorded plan names (REPLY); 1 when the file is not a readable plan.
record_deploy_id() { # file
  local line
  local -a R=()
  REPLY=''
  [[ -r $1 ]] || return 1
  {
    IFS= read -r line || return 1
    [[ $line == "$PLAN_HEADER" ]] || return 1
    # The last deployId record wins, as in parse_plan.
    while next_record R; do
      [[ ${R[0]:-} == meta && ${R[1]:-} == deployId ]] && REPLY=${R[2]:-}
    done
  } <"$1"
  return 0
}

# The newest plan this host recorded for an app whose deploy id is (only) or is not (skip) the given
# one: REPLY is its path, empty when there is none. Unreadable records are skipped and named in
# RECORD_PROBLEMS.
RECORD_PROBLEMS=''
recorded_plan() { # app only|skip deploy_id
  local dir file
  local -a files=()
  app_file "$1"
  dir="$ROOT/var/lib/berth/plans/$REPLY"
  REPLY=''
  [[ -d $dir ]] || return 0
  mapfile -t files < <(cd -- "$dir" && compgen -G '*.plan' | sort -r)
  for file in "${files[@]}"; do
    if ! record_deploy_id "$dir/$file"; then
      RECORD_PROBLEMS+="${RECORD_PROBLEMS:+, }unreadable record $file"
      continue
    fi
    if [[ $2 == only ]]; then
      [[ $REPLY == "$3" ]] || continue
    else
      [[ $REPLY == "$3" ]] && continue
    fi
    REPLY=$dir/$file
    return 0
  done
  REPLY=''
}

# One recorded plan in the history mode's answer (and the restore's: the record it rolled out).
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
