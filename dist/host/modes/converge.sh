# converge: this host runs the fleet's last good release by itself (a State Manager association runs it
# on hosts that join the fleet, and on a schedule with drift repair). The association's command lines
# (convergeCommands, src/host/converge.ts) set, as plain shell variables (no secrets):
#   BERTH_RECORD        the release record's head parameter (<prefix>/release, src/deploy/release-record.ts)
#   BERTH_LOCK          the fleet lock's name (generations <lock>/<n>, src/deploy/lock-record.ts)
#   BERTH_REGION, BERTH_ENDPOINT   for the AWS CLI (the endpoint may be empty)
#   BERTH_WAIT_SECONDS  how long to wait for a deploy holding the fleet lock
# The record holds a release template (template.sh); this host instantiates it with its own facts and
# rolls the plan out like a deploy (host lock, pulls, health gate, cron, cleanup), never the migration;
# a host that already runs it is left alone. Outcome: converge.json and the result's `converge` field.

CONVERGE_DIR='' CONVERGE_OUTCOME='' CONVERGE_DEPLOY='' CONVERGE_RELEASE='' CONVERGE_WAITED_MS=0
CONVERGE_TEMPLATE='' CONVERGE_GENERATION=''
# Seconds between two looks at the fleet lock while a deploy holds it.
CONVERGE_POLL_SECONDS=${BERTH_CONVERGE_POLL_SECONDS:-3}

# Ends the run before any plan: the outcome, the reason, the result (and converge.json when the root is known).
converge_stop() { # outcome ok reason
  CONVERGE_OUTCOME=$1
  [[ -n $3 ]] && { FAILURE_REASON=$3; log "$3"; }
  emit_result "$2"
  [[ $2 == true ]] && exit 0
  exit 1
}

# One AWS CLI call; its output into REPLY. A failed call ends the run (in this shell, never a subshell).
converge_aws() { # ssm subcommand args...
  local -a cmd=(aws ssm "$@")
  [[ -n ${BERTH_REGION:-} ]] && cmd+=(--region "$BERTH_REGION")
  [[ -n ${BERTH_ENDPOINT:-} ]] && cmd+=(--endpoint-url "$BERTH_ENDPOINT")
  if ! "${cmd[@]}" >"$CONVERGE_DIR/aws.out" 2>"$CONVERGE_DIR/aws.err"; then
    converge_stop failed false "aws ssm $1 failed: $(head -c 400 "$CONVERGE_DIR/aws.err" | tr '\n' ' ')"
  fi
  REPLY=$(<"$CONVERGE_DIR/aws.out")
}

# Values of parameters by name into the array named $1 (in the order asked; empty for a missing one).
converge_parameters() { # array names...
  local -n values_ref=$1
  local -A found=()
  local out name value i
  local -a names=("${@:2}")
  for ((i = 0; i < ${#names[@]}; i += 10)); do
    converge_aws get-parameters --names "${names[@]:i:10}" --output text --query 'Parameters[].[Name,Value]'
    out=$REPLY
    while IFS=$'\t' read -r name value; do [[ -n $name ]] && found[$name]=$value; done <<<"$out"
  done
  values_ref=()
  for name in "${names[@]}"; do values_ref+=("${found[$name]:-}"); done
}

# Reads the release record into CONVERGE_TEMPLATE (a file), CONVERGE_DEPLOY, CONVERGE_RELEASE; 1 when there
# is none. Its head names the generation, the parts and the sha256 of their joined text (read again when
# they do not match: a deploy may have moved the head meanwhile).
converge_read_record() {
  local -a head=() parts=() names=()
  local attempt i joined sum re='^berth-release 1 ([1-9][0-9]{0,15}) ([1-9][0-9]{0,3}) ([0-9a-f]{64}) ([^ ]+) (.*)$'
  for attempt in 1 2 3; do
    converge_parameters head "$BERTH_RECORD"
    [[ -n ${head[0]} ]] || return 1
    [[ ${head[0]} =~ $re ]] ||
      converge_stop failed false "the release record $BERTH_RECORD is not a \"berth-release 1\" line"
    CONVERGE_GENERATION=${BASH_REMATCH[1]} CONVERGE_DEPLOY=${BASH_REMATCH[4]} CONVERGE_RELEASE=${BASH_REMATCH[5]}
    local count=${BASH_REMATCH[2]} want=${BASH_REMATCH[3]}
    names=()
    for ((i = 0; i < count; i++)); do names+=("$BERTH_RECORD/$CONVERGE_GENERATION/$i"); done
    converge_parameters parts "${names[@]}"
    joined=$(IFS=''; printf '%s' "${parts[*]}")
    sum=$(printf '%s' "$joined" | sha256sum)
    if [[ ${sum%% *} == "$want" ]]; then
      CONVERGE_TEMPLATE=$CONVERGE_DIR/template
      printf '%s' "$joined" | base64 -d | gunzip >"$CONVERGE_TEMPLATE" ||
        converge_stop failed false "the release record $BERTH_RECORD does not unpack (base64, gzip)"
      return 0
    fi
    log "the release record's parts do not match its sha256 (attempt $attempt): reading it again"
    sleep 1
  done
  converge_stop failed false "the release record $BERTH_RECORD: its parts do not match the sha256 its head names (a part is missing, stale or corrupted)"
}

# 0 when a deploy holds the fleet lock now (REPLY: who), 1 when it is free. The holder is the highest
# generation <lock>/<n> neither released nor expired; a parameter at the lock's own name is an earlier
# berth release's lock, held until unlock deletes it.
converge_lock_held() {
  local -a legacy=()
  local out name value n top=0 record='' now
  # A record is JSON.stringify of LockRecord (src/deploy/lock-record.ts): its last three fields, in this order.
  local tail=',"expires":"([^"]*)","released":"([^"]*)","releasedBy":"[^"]*"}$' who='^[{]"who":"([^"\\]*)"'
  converge_parameters legacy "$BERTH_LOCK"
  if [[ -n ${legacy[0]} ]]; then REPLY="an earlier berth release's lock ($BERTH_LOCK)"; return 0; fi
  converge_aws get-parameters-by-path --path "$BERTH_LOCK" --output text --query 'Parameters[].[Name,Value]'
  out=$REPLY
  while IFS=$'\t' read -r name value; do
    n=${name#"$BERTH_LOCK"/}
    [[ $name == "$BERTH_LOCK/"* && $n =~ ^[1-9][0-9]{0,15}$ ]] || continue
    ((n > top)) && { top=$n; record=$value; }
  done <<<"$out"
  ((top > 0)) || return 1
  if [[ $record =~ $tail ]]; then
    [[ -z ${BASH_REMATCH[2]} ]] || return 1
    TZ=UTC0 printf -v now '%(%Y-%m-%dT%H:%M:%S)T' -1
    # ISO times compare as text; an empty expiry never expires.
    [[ -n ${BASH_REMATCH[1]} && ! ${BASH_REMATCH[1]:0:19} > $now ]] && return 1
  fi
  REPLY="generation $top of $BERTH_LOCK"
  [[ $record =~ $who ]] && REPLY+=" (${BASH_REMATCH[1]})"
  return 0
}

# Waits while a deploy holds the fleet lock, at most BERTH_WAIT_SECONDS; 1 when it never let go.
converge_wait_for_lock() {
  local t0 shown='' waited
  now_ms; t0=$REPLY
  while converge_lock_held; do
    now_ms; waited=$((REPLY - t0)); CONVERGE_WAITED_MS=$waited
    if ((waited >= BERTH_WAIT_SECONDS * 1000)); then
      converge_lock_held && FAILURE_REASON="the fleet lock is still held after ${BERTH_WAIT_SECONDS}s by $REPLY: nothing changed; the next converge (or the deploy) brings this host up to date"
      return 1
    fi
    [[ $REPLY != "$shown" ]] && log "a deploy holds the fleet lock ($REPLY): waiting, at most ${BERTH_WAIT_SECONDS}s"
    shown=$REPLY
    sleep "$CONVERGE_POLL_SECONDS"
  done
  now_ms; ((CONVERGE_WAITED_MS > 0)) && CONVERGE_WAITED_MS=$((REPLY - t0))
  return 0
}

# A meta value of a plan-format file, read as text before any plan is parsed (REPLY; empty when absent).
plan_file_meta() { # file key
  local text
  REPLY=''
  text=$(<"$1")
  # Every record, the first after the header line included, then starts after a record separator.
  text=$RS${text#*$'\n'}
  [[ $text == *"${RS}meta${US}$2${US}"* ]] || return 0
  text=${text#*"${RS}meta${US}$2${US}"}
  REPLY=${text%%"$US"*}
}

# A meta value straight from the template: its root, for converge.json and the reroot.
converge_template_meta() { # key
  plan_file_meta "$CONVERGE_TEMPLATE" "$1"
}

# The host name the newest plan a deploy left on this host was made for (REPLY; empty without one).
converge_recorded_hostname() {
  local file newest=''
  REPLY=''
  # Plans are named <UTC time>-<pid>.plan: the greatest name is the newest, whatever the app.
  for file in "$ROOT"/var/lib/berth/plans/*/*.plan; do
    [[ -f $file && ( -z $newest || ${file##*/} > ${newest##*/} ) ]] && newest=$file
  done
  [[ -z $newest ]] || plan_file_meta "$newest" hostname
}

# This host's facts as a deploy sees them: the name a deploy already used here (its recorded plan),
# else SSM's name for it (the fully qualified host name; the environment's HOSTNAME when it sets one);
# its public IP and instance id from instance metadata.
converge_facts() {
  local hostname public_ip instance_id
  converge_recorded_hostname
  if [[ -n $REPLY ]]; then
    hostname=$REPLY
  elif [[ $(declare -p HOSTNAME 2>/dev/null) == 'declare -x'* ]]; then
    hostname=$HOSTNAME
  else
    hostname=$(hostname --fqdn 2>/dev/null || hostname 2>/dev/null || true)
    hostname=${hostname:-$HOSTNAME}
  fi
  imds_get meta-data/public-ipv4; public_ip=$REPLY
  [[ $public_ip =~ ^[0-9a-fA-F.:]+$ ]] || public_ip=''
  instance_id=${AWS_SSM_INSTANCE_ID:-}
  [[ -n $instance_id ]] || { imds_get meta-data/instance-id; instance_id=$REPLY; }
  META[hostname]=$hostname META[instanceId]=$instance_id
  CONVERGE_FACTS=("$hostname" "$public_ip" "$instance_id")
}

# The local world runs several hosts on one machine, each under its own root (BERTH_HOST_ROOT), and a
# deploy plans each host's paths under the root that host reports: the template, planned under one of them,
# is moved under this host's root (rerootTemplate in src/stack/release-template.ts is the TS twin). Real
# hosts set no BERTH_HOST_ROOT and share the host-root input the template was planned under.
converge_reroot() {
  [[ -n ${BERTH_HOST_ROOT:-} ]] || return 0
  local text from to=${BERTH_HOST_ROOT%%+(/)}
  converge_template_meta root
  from=${REPLY%%+(/)}
  [[ ${from:-/} != "${to:-/}" ]] || return 0
  [[ -n $from && -n $to ]] ||
    converge_stop failed false "the release template's paths are under ${from:-/}, which cannot be moved to this host's root ${to:-/}: nothing changed"
  IFS= read -r -d '' text <"$CONVERGE_TEMPLATE" || true
  printf '%s' "${text//"$from"/"$to"}" >"$CONVERGE_TEMPLATE"
}

# Before the plan is parsed (main.sh): wait for a deploy, read the record, write this host's plan.
declare -a CONVERGE_FACTS=()
converge_prepare() {
  RESULT_HOOK=converge_finish
  CONVERGE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/berth-converge.XXXXXX")
  local name
  for name in BERTH_RECORD BERTH_LOCK; do
    [[ ${!name:-} =~ ^(/[A-Za-z0-9_.-]+)+$ ]] || converge_stop failed false "$name must name a Parameter Store path (/a/b), got '${!name:-}'"
  done
  is_uint "${BERTH_WAIT_SECONDS:-x}" || converge_stop failed false "BERTH_WAIT_SECONDS must be a whole number of seconds"
  command -v aws >/dev/null || converge_stop failed false 'converge reads the release record with the AWS CLI (aws), which is not installed on this host'
  converge_read_record || converge_stop unchanged true 'no release record yet: nothing to converge to'
  converge_template_meta root
  set_root "${REPLY:-/}"
  converge_facts
  template_facts_ok "${CONVERGE_FACTS[@]}" || converge_stop failed false "this host's facts cannot fill in the release: $REPLY"
  if ! converge_wait_for_lock; then converge_stop waited-out false "$FAILURE_REASON"; fi
  # A deploy ran meanwhile: its record (when it succeeded) is the release to run.
  ((CONVERGE_WAITED_MS > 0)) && { converge_read_record || converge_stop unchanged true 'the release record is gone (converge was turned off)'; }
  converge_reroot
  SELECTED_PLAN=$CONVERGE_DIR/plan
  template_instantiate "$CONVERGE_TEMPLATE" "$SELECTED_PLAN" "${CONVERGE_FACTS[@]}" ||
    converge_stop failed false "the release template of $CONVERGE_RELEASE cannot be filled in: $REPLY"
  PLAN_FILE=$SELECTED_PLAN
  log "release $CONVERGE_RELEASE ($CONVERGE_DEPLOY) instantiated for ${CONVERGE_FACTS[0]}"
}

# Whether this host runs the plan already: every app's state names this deploy, and every copy runs,
# healthy, with the plan's hash (copy_runs_plan; a manual copy: runs, as a deploy keeps it).
converge_runs_plan() {
  local app state d c
  for app in "${APPS[@]}"; do
    app_file "$app"
    state=$(cat -- "$ROOT/var/lib/berth/$REPLY.state" 2>/dev/null || true)
    json_str "${META[deployId]:-}"
    [[ $state == "{\"deployId\":$REPLY,"* ]] || return 1
  done
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && continue
    for c in ${COPY_LIST[$d]}; do
      inspect_container "${COPY_NAME[$d,$c]}"
      ((C_EXISTS)) && [[ $C_RUNNING == true && ( -z $C_HEALTH || $C_HEALTH == healthy ) ]] || return 1
      [[ ${DEF_MODE[$d]} == manual ]] || copy_runs_plan "$d" || return 1
    done
  done
}

mode_converge() {
  parse_plan "$PLAN_FILE"
  local d c
  # The release as recorded, never forced: a copy that matches stays (a deploy's force or manual list
  # was for that deploy's hosts).
  META[force]=0
  for d in "${DEF_IDS[@]}"; do DEF_REDEPLOY[$d]=0; done
  if converge_runs_plan; then
    log "this host already runs $CONVERGE_RELEASE ($CONVERGE_DEPLOY): nothing to do"
    for d in "${DEF_IDS[@]}"; do
      [[ ${DEF_MODE[$d]} == cron ]] && continue
      for c in ${COPY_LIST[$d]}; do record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" unchanged; done
    done
    CONVERGE_OUTCOME=unchanged
    emit_result true
    return 0
  fi
  # A deploy that took the fleet lock since the wait may already be on its way to this host with a newer
  # release: it is left to that deploy (the host lock orders the rest).
  if converge_lock_held; then
    converge_stop waited-out false "a deploy took the fleet lock ($REPLY) before this host changed anything: that deploy brings it up to date, or the next converge does"
  fi
  mode_rollout
}

# emit_result's hook: the `converge` field of the result and <root>/var/lib/berth/converge.json.
converge_finish() { # ok
  local outcome=$CONVERGE_OUTCOME entry replaced=0 started=0 at j waited
  if [[ -z $outcome ]]; then
    [[ $1 == true ]] && outcome=converged || outcome=failed
  fi
  for entry in "${COPY_RESULTS[@]}"; do
    [[ $entry == *'"action":"replaced"'* ]] && replaced=$((replaced + 1))
    [[ $entry == *'"action":"started"'* ]] && started=$((started + 1))
  done
  secs_between 0 "$CONVERGE_WAITED_MS"; waited=$REPLY
  json_str "$CONVERGE_DEPLOY"; j="{\"outcome\":\"$outcome\",\"deployId\":$REPLY"
  json_str "$CONVERGE_RELEASE"; j+=",\"release\":$REPLY,\"replaced\":$replaced,\"started\":$started,\"waitedSeconds\":$waited"
  CONVERGE_JSON="$j}"
  [[ -n $HOST_ROOT ]] || return 0
  TZ=UTC0 printf -v at '%(%Y-%m-%dT%H:%M:%SZ)T' -1
  json_str "$at"; j="{\"when\":$REPLY,${CONVERGE_JSON:1}"
  [[ -n $FAILURE_REASON ]] && { json_str "$FAILURE_REASON"; j="${j%\}},\"reason\":$REPLY}"; }
  {
    mkdir -p -- "$ROOT/var/lib/berth" &&
      printf '%s\n' "$j" >"$ROOT/var/lib/berth/converge.json.$$" &&
      mv -f -- "$ROOT/var/lib/berth/converge.json.$$" "$ROOT/var/lib/berth/converge.json"
  } 2>/dev/null || log "could not write $ROOT/var/lib/berth/converge.json"
}
