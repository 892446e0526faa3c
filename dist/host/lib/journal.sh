# The run's journal, and the repair of a run that was killed. The SSM agent ends a cancelled or timed-out
# command with SIGKILL to its process group: no trap runs, so a rollout may stop mid-swap. Before each
# change a rollout appends what it is about to change to <root>/var/lib/berth/journal/entries; the next
# host command of any mode, once it holds the host lock (a journal whose run still holds the lock is not
# interrupted), repairs from it:
#   before `commit` (written once every copy is up and the cron files are written): undo, as a failed
#                   rollout restores: every journaled copy's old container (by id) runs and serves again
#                   under its name, what the run started is drained and removed, files come back.
#   after `commit`: finish: the replaced old containers are removed, their servers left in maintenance.
# Records (fields ended by 0x1F, records by 0x1E, as in the plan; a record cut short by the kill has no
# 0x1E and is ignored):
#   run PID DEPLOY_ID RELEASE
#   copy NAME OLD_ID HOW OLD_SERVER NEW_SERVER LB_SOCKET LB_BACKEND DRAIN DEADLINE   (HOW: swap.sh's table)
#   file PATH BACKUP            BACKUP empty when PATH did not exist
#   commit
# Only containers labelled with the journal's deploy id are removed, and an old container only by its id,
# so a journal older than the host's containers cannot remove what a later run made.
# The sweep (under the lock too) removes what killed runs leave besides: temporary directories (env files
# with secrets, the docker config with registry logins) and migration containers of runs no longer alive.

JOURNAL_DIR=''
JOURNAL_FILES=0
JOURNAL_COMMITTED=0

# The journal's directory under a root (ROOT form: no trailing slash).
journal_dir() { REPLY="$1/var/lib/berth/journal"; }

# Starts this run's journal (the host lock is held, the previous journal repaired).
journal_begin() {
  journal_dir "$ROOT"; JOURNAL_DIR=$REPLY
  rm -rf -- "$JOURNAL_DIR"
  mkdir -p -- "$JOURNAL_DIR"
  journal_add run "$$" "${META[deployId]:-}" "${META[release]:-}"
}

journal_add() { # record fields...
  [[ -n $JOURNAL_DIR ]] || return 0
  join_list "$@"
  printf '%s' "$REPLY$RS" >>"$JOURNAL_DIR/entries"
}

# Before a copy changes: what runs under its name now and where the new copy goes.
journal_copy() { # d c how old_id old_server new_server
  local d=$1
  journal_add copy "${COPY_NAME[$1,$2]}" "$4" "$3" "$5" "$6" "${LB_SOCK[$d]:-}" "${LB_BACKEND[$d]:-}" \
    "${LB_DRAIN[$d]:-30}" "${DEF_DEADLINE[$d]%.*}"
}

# Before a file changes: a copy of it (mode kept) to put back on undo.
journal_file() { # path
  [[ -n $JOURNAL_DIR ]] || return 0
  local backup=''
  if [[ -e $1 ]]; then
    JOURNAL_FILES=$((JOURNAL_FILES + 1))
    backup=$JOURNAL_DIR/file.$JOURNAL_FILES
    cp -p -- "$1" "$backup"
  fi
  journal_add file "$1" "$backup"
}

# Every copy is up and the cron files are written: from here on a killed run is finished, not undone,
# and a failure keeps the files.
journal_commit() {
  journal_add commit
  JOURNAL_COMMITTED=1
  kill_point commit
}

# The run is done (success, or a failure that restored what it changed): nothing to repair.
journal_end() {
  [[ -n $JOURNAL_DIR ]] && rm -rf -- "$JOURNAL_DIR"
  JOURNAL_DIR=''
}

# Test hook: BERTH_TEST_KILL_AT=POINT or POINT@N in the host's environment (a plan cannot set it) kills
# this run's process group with SIGKILL the Nth time it passes POINT, as the SSM agent does.
declare -A KILL_COUNT=()
kill_point_due() { # point -> 0 when this pass is the one to kill at
  [[ -n ${BERTH_TEST_KILL_AT:-} && ${BERTH_TEST_KILL_AT%@*} == "$1" ]] || return 1
  local n=1
  [[ $BERTH_TEST_KILL_AT == *@* ]] && n=${BERTH_TEST_KILL_AT##*@}
  KILL_COUNT[$1]=$((${KILL_COUNT[$1]:-0} + 1))
  [[ ${KILL_COUNT[$1]} == "$n" ]]
}
kill_now() { # point
  log "test hook: SIGKILL to this run's process group at $1"
  kill -KILL 0
}
kill_point() { # point
  if kill_point_due "$1"; then kill_now "$1"; fi
  return 0
}

# What the engine knows about a container (name or id): CT_ID (empty when absent), CT_NAME, CT_RUNNING,
# CT_DEPLOY (its berth.deploy label).
CT_ID='' CT_NAME='' CT_RUNNING=false CT_DEPLOY=''
container_facts() {
  CT_ID='' CT_NAME='' CT_RUNNING=false CT_DEPLOY=''
  [[ -n $1 ]] || return 0
  engine_json "/containers/$1/json"
  [[ $REPLY =~ \"Id\":\"([0-9a-f]+)\" ]] || return 0
  CT_ID=${BASH_REMATCH[1]}
  [[ $REPLY =~ \"Name\":\"/([^\"]+)\" ]] && CT_NAME=${BASH_REMATCH[1]}
  [[ $REPLY == *'"Running":true'* ]] && CT_RUNNING=true
  [[ $REPLY =~ \"berth\.deploy\":\"([^\"]*)\" ]] && CT_DEPLOY=${BASH_REMATCH[1]}
  return 0
}

# Removes the containers under these names that the journal's run made (its deploy label), never keep_id.
remove_run_containers() { # deploy_id keep_id name...
  local deploy=$1 keep=$2 name
  for name in "${@:3}"; do
    container_facts "$name"
    [[ -n $CT_ID && $CT_ID != "$keep" && $CT_DEPLOY == "$deploy" ]] || continue
    log "repair: removing $name (started by the interrupted run)"
    api -o /dev/null -X DELETE "http://d/containers/$CT_ID?force=1" || true
  done
}

# The balancer of a journaled copy, as index j of the LB_* arrays the haproxy calls read.
journal_lb() { # socket backend drain
  LB_SOCK[j]=$1 LB_BACKEND[j]=$2 LB_DRAIN[j]=${3:-30}
  [[ -n $1 && $2 =~ ^[A-Za-z0-9_.:-]+$ ]] || LB_SOCK[j]=''
}

# Makes the old copy's server ready and waits (bounded) until haproxy's own check sees it up.
repair_ready() { # server deadline_s
  [[ -n ${LB_SOCK[j]} && $1 =~ ^[A-Za-z0-9_.:-]+$ ]] || return 0
  local secs=$2
  [[ $secs =~ ^[0-9]+$ && $secs != 0 ]] || secs=60
  now_ms
  lb_ready j "$1" '' "$((REPLY + secs * 1000))" || log "repair: haproxy does not report $1 ready again"
}

repair_drain() { # server old_server
  [[ -n ${LB_SOCK[j]} && -n $1 && $1 != "$2" && $1 =~ ^[A-Za-z0-9_.:-]+$ ]] || return 0
  lb_drain j "$1"
}

# Undoes one journaled copy: its old container (by id) runs and serves under its name again.
undo_copy() { # deploy_id name old_id how old_server new_server socket backend drain deadline
  local deploy=$1 name=$2 old_id=$3 how=$4 old_server=$5 new_server=$6
  journal_lb "$7" "$8" "$9"
  log "repair: restoring $name"
  container_facts "$old_id"
  if [[ -n $old_id && -z $CT_ID ]]; then
    log "repair: the old container of $name ($old_id) is gone; leaving what runs as $name"
    return 0
  fi
  old_id=$CT_ID
  if [[ $how == swap ]]; then
    # Two slots: the new copy serves until the old one is back and ready.
    [[ $CT_RUNNING == true ]] || docker start -- "$old_id" >/dev/null 2>&1 || log "repair: could not start $name again"
    repair_ready "$old_server" "${10}"
  fi
  repair_drain "$new_server" "$old_server"
  remove_run_containers "$deploy" "$old_id" "$name" "$name-berth-next" "$name-berth-old"
  [[ -z $old_id ]] && return 0
  container_facts "$old_id"
  if [[ $CT_NAME != "$name" ]]; then
    api --fail -o /dev/null -X POST "http://d/containers/$old_id/rename?name=$name" || log "repair: could not rename $CT_NAME back to $name"
  fi
  if [[ $how == stopstart ]]; then
    [[ $CT_RUNNING == true ]] || docker start -- "$old_id" >/dev/null 2>&1 || log "repair: could not start $name again"
    repair_ready "$old_server" "${10}"
  fi
  return 0
}

# Finishes one journaled copy after the commit: its replaced old container goes, its server stays in
# maintenance.
finish_copy() { # deploy_id name old_id how old_server new_server socket backend drain deadline
  local name=$2 old_id=$3 old_server=$5 new_server=$6
  [[ -n $old_id ]] || return 0
  container_facts "$old_id"
  [[ -n $CT_ID && $CT_NAME != "$name" ]] || return 0
  journal_lb "$7" "$8" "$9"
  if [[ -n ${LB_SOCK[j]} && -n $old_server && $old_server != "$new_server" && $old_server =~ ^[A-Za-z0-9_.:-]+$ ]]; then
    hap "${LB_SOCK[j]}" "set server ${LB_BACKEND[j]}/$old_server state maint" >/dev/null || true
  fi
  log "repair: removing $CT_NAME (replaced by the interrupted run)"
  api -o /dev/null -X DELETE "http://d/containers/$CT_ID?force=1" || true
}

# Puts a journaled file back as it was before the run: its backup, or absent.
undo_file() { # path backup
  [[ -n $1 ]] || return 0
  if [[ -n ${2:-} && -f $2 ]]; then
    mv -f -- "$2" "$1"
  elif [[ -z ${2:-} ]]; then
    rm -f -- "$1"
  fi
  return 0
}

# A failed run's own files back as they were (fail, after restore_replaced).
journal_restore_files() {
  [[ -n $JOURNAL_DIR && -f $JOURNAL_DIR/entries && $JOURNAL_COMMITTED == 0 ]] || return 0
  local line i
  local -a R=() records=()
  while IFS= read -r -d "$RS" line; do records+=("$line"); done <"$JOURNAL_DIR/entries"
  for ((i = ${#records[@]} - 1; i >= 0; i--)); do
    decode_list R "${records[$i]}"
    if [[ ${R[0]:-} == file ]]; then undo_file "${R[@]:1:2}"; fi
  done
}

# Repairs from the journal under root (the host lock held). Sets REPAIRED_JSON (result.sh).
journal_repair() { # root
  local dir line i verb outcome=undone deploy='' release='' pid='' copies=''
  local -a R=() records=()
  journal_dir "$1"; dir=$REPLY
  [[ -f $dir/entries ]] || { [[ -d $dir ]] && rm -rf -- "$dir"; return 0; }
  while IFS= read -r -d "$RS" line; do
    records+=("$line")
    if [[ $line == "commit$US" ]]; then outcome=finished; fi
  done <"$dir/entries"
  for line in "${records[@]}"; do
    decode_list R "$line"
    if [[ ${R[0]:-} == run ]]; then pid=${R[1]:-} deploy=${R[2]:-} release=${R[3]:-}; fi
  done
  if [[ $outcome == finished ]]; then verb='finishing it (every copy was up)'; else verb='undoing it'; fi
  log "repair: the rollout of ${release:-?} (${deploy:-?}, pid ${pid:-?}) was interrupted; $verb"
  for ((i = ${#records[@]} - 1; i >= 0; i--)); do
    decode_list R "${records[$i]}"
    case ${R[0]:-} in
      copy)
        # Names and ids go into engine API URLs: only the plain ones a rollout journals.
        [[ ${#R[@]} -ge 10 && ${R[1]} =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ && ${R[2]} =~ ^[0-9a-f]*$ ]] || continue
        json_str "${R[1]}"; copies="$REPLY${copies:+,}$copies"
        if [[ $outcome == finished ]]; then finish_copy "$deploy" "${R[@]:1:9}"; else undo_copy "$deploy" "${R[@]:1:9}"; fi
        ;;
      file) [[ $outcome == finished ]] || undo_file "${R[@]:1:2}" ;;
    esac
  done
  rm -rf -- "$dir"
  log "repair: done (${outcome})"
  json_str "$deploy"; REPAIRED_JSON="{\"deployId\":$REPLY"
  json_str "$release"; REPAIRED_JSON+=",\"release\":$REPLY,\"outcome\":\"$outcome\",\"copies\":[$copies]}"
}

# Whether the run whose pid a leftover's name carries (run.PID.XXXXXX, docker-config.PID.XXXXXX,
# berth-migration-PID) still runs; names of releases before the pid was in them have none.
leftover_alive() { # pid
  [[ -n $1 && $1 =~ ^[0-9]+$ ]] || return 1
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  # The state follows the command name, which ends with the last `)`: a zombie (Z) or dead (X) run is
  # gone (a killed run whose parent died too may wait long for a reaper).
  stat=${stat##*) }
  [[ ${stat:0:1} != [ZX] ]]
}

# Removes what killed runs left under root and in the engine (the host lock held).
sweep_leftovers() { # root
  local base="$1/var/lib/berth" path name rest pid out
  for path in "$base"/run.* "$base"/docker-config.*; do
    [[ -d $path && $path != "$TEMP_DIR" && $path != "$DOCKER_CONFIG_DIR" ]] || continue
    name=${path##*/}
    rest=${name#*.}
    pid=''
    [[ $rest == *.* ]] && pid=${rest%%.*}
    leftover_alive "$pid" && continue
    log "sweep: removing $name, left by a run that was killed"
    rm -rf -- "$path"
    SWEPT+=("$name")
  done
  [[ -n $ENGINE && -S $ENGINE ]] || return 0
  out=$(api -G --data-urlencode 'all=1' --data-urlencode 'filters={"label":["berth.kind=migration"]}' 'http://d/containers/json' || true)
  while [[ $out =~ \"Names\":\[\"/(berth-migration-([0-9]+))\" ]]; do
    out=${out#*"${BASH_REMATCH[0]}"}
    name=${BASH_REMATCH[1]} pid=${BASH_REMATCH[2]}
    [[ $pid == "$$" ]] && continue
    leftover_alive "$pid" && continue
    log "sweep: removing the migration container $name, left by a run that was killed"
    api -o /dev/null -X DELETE "http://d/containers/$name?force=1" || true
    SWEPT+=("$name")
  done
}

# Something for a repair or a sweep under root, without the lock: a journal or a temporary directory.
repair_due() { # root
  local base="$1/var/lib/berth"
  [[ -d $base/journal ]] || compgen -G "$base/run.*" >/dev/null || compgen -G "$base/docker-config.*" >/dev/null
}

# Before any mode runs: repair an interrupted run and sweep, when the host lock is free (a run holding it
# is alive: its journal is its own). Without a plan or BERTH_HOST_ROOT the root is /, the default.
repair_interrupted_run() {
  local root=${ROOT-} fd
  [[ -n $HOST_ROOT ]] || { root=${BERTH_HOST_ROOT:-/}; root=${root%%+(/)}; }
  repair_due "$root" || return 0
  [[ -d $root/var/lock ]] || mkdir -p -- "$root/var/lock"
  exec {fd}>>"$root/var/lock/berth.lock"
  if flock -n "$fd"; then
    journal_repair "$root"
    sweep_leftovers "$root"
    flock -u "$fd"
  else
    log "another berth run holds the host lock; its journal is its own"
  fi
  exec {fd}>&-
}
