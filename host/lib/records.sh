# What a successful rollout leaves on the host for read-back and rollback: per app, its state and
# its last ten plans (read back by the history mode, rolled out again by the restore mode).

write_state() {
  local app dir hist file at
  local -a old=()
  dir="$ROOT/var/lib/berth"
  TZ=UTC0 printf -v at '%(%Y-%m-%dT%H:%M:%SZ)T' -1
  for app in "${APPS[@]}"; do
    app_file "$app"; file=$REPLY
    json_str "${META[deployId]:-}"; local j="{\"deployId\":$REPLY"
    json_str "${META[release]:-}"; j+=",\"release\":$REPLY"
    json_str "$at"; j+=",\"at\":$REPLY"
    local copies='' k
    for k in "${!COPY_RESULTS[@]}"; do
      [[ ${COPY_RESULT_APP[$k]} == "$app" ]] && copies+="${copies:+,}${COPY_RESULTS[$k]}"
    done
    json_str "$app"; j+=",\"app\":$REPLY,\"copies\":[$copies]}"
    write_file_atomic "$dir/$file.state" 600 "$j"$'\n'
    hist="$dir/plans/$file"
    [[ -d $hist ]] || mkdir -p -- "$hist"
    # 0600 (umask 077).
    cp -- "$PLAN_FILE" "$hist/${at//[-:]/}-$$.plan"
    # Plan file names start with a UTC timestamp: newest last in name order (LC_COLLATE=C); ten stay.
    old=("$hist"/*.plan)
    if ((${#old[@]} > 10)); then rm -f -- "${old[@]:0:${#old[@]}-10}"; fi
  done
}

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
