# Plan parsing (data only). The plan (`berth-plan-raw 1`, written by encodeHostPlan in
# src/stack/host-plan.ts): after the header line, records of fields; each field ends with the unit
# separator 0x1F (US), each record with the record separator 0x1E (RS); the first field names the
# record. Values never pass through the shell. Hosts keep the plans they ran in this same format
# (records.sh), and the history mode reads them with the same reader.

declare -a APPS=() REG_HOST=() REG_UKIND=() REG_USER=() REG_PKIND=() REG_PASS=()
declare -a VOL_APP=() VOL_NAME=() VOL_IMAGE=() VOL_ARGS=()
declare -a DEF_IDS=()
declare -A DEF_APP=() DEF_NAME=() DEF_MODE=() DEF_IMAGE=() DEF_HASH=() DEF_LEGACY=() DEF_REDEPLOY=()
declare -A DEF_STOPSIG=() DEF_GRACE=() DEF_INTERVAL=() DEF_TIMEOUT=() DEF_DEADLINE=() DEF_STARTUP=()
declare -A LB_SOCK=() LB_BACKEND=() LB_DRAIN=() DEP_RAW=() COPY_LIST=() COPY_NAME=() COPY_NSLOTS=()
# How copies are replaced (record `rollout`): surge | overlap; unset: one copy at a time.
declare -A DEF_ROLLOUT=()
declare -A SLOT_ID=() SLOT_SERVER=() SLOT_ADDR=() SLOT_HKIND=() SLOT_HARGS=() SLOT_RUNARGS=() SLOT_CMD=()
# Env records: parallel arrays; ENV_OWNER is the definition id, `m` for the migration, `c:<n>` for cron files.
declare -a ENV_OWNER=() ENV_KEY=() ENV_KIND=() ENV_VALUE=() ENV_SECRET=()
MIG_APP='' MIG_DEF='' MIG_IMAGE='' MIG_ARGS='' MIG_CMD=''
declare -a CRON_APP=() CRON_PATH=()
declare -A CRON_LINES=()
declare -a CRONENV_FILE_APP=() CRONENV_FILE_DEF=() CRONENV_FILE_PATH=()

cron_index_of() {
  local app=$1 i
  for i in "${!CRON_APP[@]}"; do
    [[ ${CRON_APP[$i]} == "$app" ]] && { REPLY=$i; return 0; }
  done
  REPLY=-1
}

add_env() { # owner key kind value secret (all decoded)
  ENV_OWNER+=("$1"); ENV_KEY+=("$2"); ENV_KIND+=("$3"); ENV_VALUE+=("$4"); ENV_SECRET+=("$5")
}

PLAN_HEADER='berth-plan-raw 1'

# Reads the next record from stdin into the array named $1 (record name first); 1 at the end.
# A newline before a record is not part of it.
next_record() {
  local line
  IFS= read -r -d "$RS" line || [[ -n $line ]] || return 1
  decode_list "$1" "${line#$'\n'}"
}

# The directory every host path is under: $BERTH_HOST_ROOT when set (the local world runs several
# hosts on one machine, each in its own directory), else the plan's root (the host-root input, default
# /). HOST_ROOT is it as reported in the result (empty until known), ROOT without a trailing slash, so
# that "$ROOT/var/lib/berth" is right for / too.
HOST_ROOT='' ROOT=''
set_root() { # the plan's root
  local root=${BERTH_HOST_ROOT:-$1}
  [[ $root == /* ]] || plan_error "the host root must be an absolute path, got $root"
  ROOT=${root%%+(/)}
  HOST_ROOT=${ROOT:-/}
}

# The plan file this host's plan was copied to from a plan set (removed at exit).
SELECTED_PLAN=''

# main.sh reads the plan before the mode runs (the repair needs its root); a mode's own call is then a no-op.
PLAN_PARSED=0
parse_plan() {
  local file=$1 line rec
  local -a V=()
  ((PLAN_PARSED)) && return 0
  PLAN_PARSED=1
  [[ -r $file ]] || plan_error "cannot read the plan file $file"
  {
    IFS= read -r line || plan_error 'the plan is empty'
    [[ $line == "$PLAN_HEADER" ]] || plan_error "the plan does not start with \"$PLAN_HEADER\" (script and plan versions differ)"
    while next_record V; do
      ((${#V[@]} == 0)) && continue
      rec=${V[0]}
      V=("${V[@]:1}")
      case $rec in
        meta) META[${V[0]}]=${V[1]:-} ;;
        app) APPS+=("${V[0]}") ;;
        registry) REG_HOST+=("${V[0]}"); REG_UKIND+=("${V[1]}"); REG_USER+=("${V[2]}"); REG_PKIND+=("${V[3]}"); REG_PASS+=("${V[4]}") ;;
        volume) VOL_APP+=("${V[0]}"); VOL_NAME+=("${V[1]}"); VOL_IMAGE+=("${V[2]}"); join_list "${V[@]:3}"; VOL_ARGS+=("$REPLY") ;;
        def)
          local d=${V[0]}
          is_uint "$d" || plan_error "bad definition index $d"
          DEF_IDS+=("$d")
          DEF_APP[$d]=${V[1]}; DEF_NAME[$d]=${V[2]}; DEF_MODE[$d]=${V[3]}; DEF_IMAGE[$d]=${V[4]}
          DEF_HASH[$d]=${V[5]}; DEF_REDEPLOY[$d]=${V[6]}; DEF_STOPSIG[$d]=${V[8]}
          DEF_GRACE[$d]=${V[9]}; DEF_INTERVAL[$d]=${V[10]}; DEF_TIMEOUT[$d]=${V[11]}; DEF_DEADLINE[$d]=${V[12]}
          DEF_STARTUP[$d]=${V[13]}; COPY_LIST[$d]=''
          # Plans of earlier releases have no legacy hash: theirs is the one their containers carry.
          DEF_LEGACY[$d]=${V[14]:-${V[5]}}
          ;;
        lb) LB_SOCK[${V[0]}]=${V[1]}; LB_BACKEND[${V[0]}]=${V[2]}; LB_DRAIN[${V[0]}]=${V[3]} ;;
        dep) join_list "${V[@]:1}"; DEP_RAW[${V[0]}]=$REPLY ;;
        rollout) DEF_ROLLOUT[${V[0]}]=${V[1]:-} ;;
        env) add_env "${V[0]}" "${V[1]}" "${V[2]}" "${V[3]}" "${V[4]}" ;;
        copy)
          COPY_LIST[${V[0]}]+="${V[1]} "
          COPY_NAME[${V[0]},${V[1]}]=${V[2]}; COPY_NSLOTS[${V[0]},${V[1]}]=${V[3]}
          ;;
        slot)
          local k="${V[0]},${V[1]},${V[2]}"
          SLOT_ID[$k]=${V[3]}; SLOT_SERVER[$k]=${V[4]}; SLOT_ADDR[$k]=${V[5]}; SLOT_HKIND[$k]=${V[6]}
          join_list "${V[@]:7}"; SLOT_HARGS[$k]=$REPLY
          ;;
        runargs) join_list "${V[@]:3}"; SLOT_RUNARGS[${V[0]},${V[1]},${V[2]}]=$REPLY ;;
        command) join_list "${V[@]:3}"; SLOT_CMD[${V[0]},${V[1]},${V[2]}]=$REPLY ;;
        migration) MIG_APP=${V[0]}; MIG_DEF=${V[1]}; MIG_IMAGE=${V[2]} ;;
        migrationargs) join_list "${V[@]}"; MIG_ARGS=$REPLY ;;
        migrationcommand) join_list "${V[@]}"; MIG_CMD=$REPLY ;;
        migrationenv) add_env m "${V[0]}" "${V[1]}" "${V[2]}" "${V[3]}" ;;
        cronfile) CRON_APP+=("${V[0]}"); CRON_PATH+=("${V[1]}") ;;
        cronline)
          cron_index_of "${V[0]}"
          ((REPLY >= 0)) || plan_error "cronline before its cronfile (app ${V[0]})"
          CRON_LINES[$REPLY]+="${V[1]}"$'\n'
          ;;
        cronenv)
          local j found=-1
          for j in "${!CRONENV_FILE_PATH[@]}"; do
            [[ ${CRONENV_FILE_PATH[$j]} == "${V[2]}" ]] && found=$j
          done
          if ((found < 0)); then
            found=${#CRONENV_FILE_PATH[@]}
            CRONENV_FILE_APP+=("${V[0]}"); CRONENV_FILE_DEF+=("${V[1]}"); CRONENV_FILE_PATH+=("${V[2]}")
          fi
          add_env "c:$found" "${V[3]}" "${V[4]}" "${V[5]}" "${V[6]}"
          ;;
        *) log "ignoring unknown plan record '$rec' (newer plan than script?)" ;;
      esac
    done
  } <"$file"
  set_root "${META[root]:-/}"
  local key
  for key in lockTimeout keepImages logTailLines historyDepth; do
    is_uint "${META[$key]:-0}" || plan_error "meta $key must be a number"
  done
  validate_plan
}

# Whether the container inspect_container last read (C_HASH) runs definition d as planned: the one rule
# every comparison of berth.hash with the plan uses (runsDefinition in src/stack/host-plan.ts is its twin).
# Its label is the plan's canonical hash (env sorted), or the legacy one (env in document order) that an
# earlier berth labelled it with.
copy_runs_plan() { # d
  [[ $C_HASH == "${DEF_HASH[$1]}" || $C_HASH == "${DEF_LEGACY[$1]}" ]]
}

# Names that reach haproxy's runtime API or docker's name space must be plain.
validate_plan() {
  local d k
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_NAME[$d]} =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || plan_error "definition name '${DEF_NAME[$d]}' is not a valid container name"
    for k in DEF_GRACE DEF_INTERVAL DEF_TIMEOUT DEF_DEADLINE DEF_STARTUP; do
      local -n ref=$k
      [[ ${ref[$d]} =~ ^[0-9]+(\.[0-9]+)?$ ]] || plan_error "${k#DEF_} of ${DEF_NAME[$d]} must be a number"
    done
    if [[ -n ${LB_SOCK[$d]:-} ]]; then
      [[ ${LB_BACKEND[$d]} =~ ^[A-Za-z0-9_.:-]+$ ]] || plan_error "backend name of ${DEF_NAME[$d]} has characters haproxy's runtime API cannot take"
      is_uint "${LB_DRAIN[$d]}" || plan_error "drain timeout of ${DEF_NAME[$d]} must be a whole number"
    fi
  done
  for k in "${!SLOT_SERVER[@]}"; do
    [[ -z ${SLOT_SERVER[$k]} || ${SLOT_SERVER[$k]} =~ ^[A-Za-z0-9_.:-]+$ ]] || plan_error "server name '${SLOT_SERVER[$k]}' is not plain"
    [[ -z ${SLOT_ADDR[$k]} || ${SLOT_ADDR[$k]} =~ ^[A-Za-z0-9_.:/@-]+$ ]] || plan_error "server address '${SLOT_ADDR[$k]}' is not plain"
  done
  for k in "${!COPY_NAME[@]}"; do
    [[ ${COPY_NAME[$k]} =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || plan_error "copy name '${COPY_NAME[$k]}' is not a valid container name"
  done
  for k in "${VOL_NAME[@]}"; do
    [[ $k =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || plan_error "data volume name '$k' is not a valid container name"
  done
  check_host_paths
}

# The path with `.`, `..` and repeated slashes resolved as text (REPLY); `..` at / stays at /.
normalise_path() { # absolute path
  local rest=${1#/} seg out=''
  local -a kept=()
  while :; do
    seg=${rest%%/*}
    case $seg in
      '' | .) ;;
      ..) ((${#kept[@]} == 0)) || unset 'kept[-1]' ;;
      *) kept+=("$seg") ;;
    esac
    [[ $rest == */* ]] || break
    rest=${rest#*/}
  done
  for seg in "${kept[@]}"; do out+="/$seg"; done
  REPLY=${out:-/}
}

# A host path of the plan, normalised, must be the plan's root (the host-root input it was joined to) or
# under it: one that climbs out, `/srv/h/../../etc`, is refused before anything changes. (BERTH_HOST_ROOT
# moves where the script keeps its own files, not the plan's paths.)
check_host_path() { # what path
  local root
  [[ $2 == /* ]] || plan_error "$1 '$2' is not an absolute host path"
  normalise_path "${META[root]:-/}"; root=$REPLY
  normalise_path "$2"
  [[ $root == / || $REPLY == "$root" || $REPLY == "$root"/* ]] || plan_error "$1 '$2' is outside the host root $root"
}

# The host side of a volume (`/host:/container[:mode]`); named volumes have none.
check_volume() { # what spec
  [[ $2 == /* ]] && check_host_path "$1" "${2%%:*}"
  return 0
}

# Every `-v`/`--volume` value of an argv list.
check_volume_args() { # what list
  local -a args=()
  local i
  decode_list args "$2"
  for i in "${!args[@]}"; do
    case ${args[$i]} in
      -v | --volume) check_volume "$1" "${args[$((i + 1))]:-}" ;;
      --volume=*) check_volume "$1" "${args[$i]#--volume=}" ;;
    esac
  done
}

# Volume paths, health sockets, admin sockets and cron files stay under the host root.
check_host_paths() {
  local k line spec
  local -a hargs=()
  for k in "${!LB_SOCK[@]}"; do check_host_path "haproxy admin socket of ${DEF_NAME[$k]:-?}" "${LB_SOCK[$k]}"; done
  for k in "${!SLOT_HKIND[@]}"; do
    [[ ${SLOT_HKIND[$k]} == http-unix ]] || continue
    decode_list hargs "${SLOT_HARGS[$k]}"
    check_host_path "health socket of ${COPY_NAME[${k%,*}]:-?}" "${hargs[0]:-}"
  done
  for k in "${!SLOT_RUNARGS[@]}"; do check_volume_args "volume of ${COPY_NAME[${k%,*}]:-?}" "${SLOT_RUNARGS[$k]}"; done
  check_volume_args "volume of the migration" "$MIG_ARGS"
  for k in "${!VOL_ARGS[@]}"; do
    decode_list hargs "${VOL_ARGS[$k]}"
    for spec in "${hargs[@]}"; do check_volume "volume of ${VOL_NAME[$k]}" "$spec"; done
  done
  for k in "${CRON_PATH[@]}" "${CRONENV_FILE_PATH[@]}"; do check_host_path "cron file" "$k"; done
  # A cron job is a line of single-quoted words (src/stack/plan-cron.ts): check each '-v' 'SPEC'.
  for k in "${!CRON_LINES[@]}"; do
    line=${CRON_LINES[$k]}
    while [[ $line == *"'-v' '"* ]]; do
      line=${line#*"'-v' '"}
      spec=${line%%\'*}
      [[ ${line:${#spec}:4} == "'\\''" ]] && plan_error "a cron volume of app ${CRON_APP[$k]} holds a quote; cannot check that it stays under the host root"
      check_volume "cron volume of app ${CRON_APP[$k]}" "${spec//\\%/%}"
    done
  done
}
