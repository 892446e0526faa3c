#!/usr/bin/env bash
# berth host script: runs on each Docker host (sent with every SSM command, so host and action agree).
#   bash rollout.sh rollout PLANFILE | preflight [PLANFILE] | state PLANFILE | history PLANFILE
# The plan is DATA (line records of base64 fields, see src/stack/host-plan.ts): it is decoded into
# bash variables and arrays, never evaluated. Progress goes to stderr; stdout carries only the final
# HostResult JSON line (SSM keeps the first 24,000 characters of stdout).
set -eEuo pipefail
shopt -s extglob
export LC_COLLATE=C

if [[ -z ${BASH_VERSINFO:-} || ${BASH_VERSINFO[0]} -lt 4 || ( ${BASH_VERSINFO[0]} -eq 4 && ${BASH_VERSINFO[1]} -lt 4 ) ]]; then
  echo 'berth: bash 4.4 or newer is required' >&2
  exit 2
fi

# Everything a command prints goes to stderr; the result goes to the saved stdout (fd 3).
exec 3>&1 1>&2
umask 077

MAIN_PID=$$
MODE=${1:-}
PLAN_FILE=${2:-}
IMDS_URL=${BERTH_IMDS_URL:-http://169.254.169.254}
MAX_RESULT_CHARS=20000
LOG_LINE_CHARS=300

# ------------------------------------------------------------------------------------------------
# Small helpers

now_ms() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    local t=${EPOCHREALTIME/[.,]/}
    REPLY=$((10#${t:0:${#t}-3}))
  else
    REPLY=$(($(date +%s%N) / 1000000))
  fi
}
now_ms; START_MS=$REPLY

# Progress: wall clock and seconds since the script started.
log() {
  local r=$REPLY
  now_ms
  printf '%(%H:%M:%S)T +%d.%03ds berth: %s\n' -1 $(((REPLY - START_MS) / 1000)) $(((REPLY - START_MS) % 1000)) "$*" >&2
  REPLY=$r
}

# Seconds with one decimal between two ms stamps, as JSON number text.
secs_between() {
  local ms=$(($2 - $1))
  ((ms < 0)) && ms=0
  REPLY="$((ms / 1000)).$(((ms % 1000) / 100))"
}

# JSON string literal of $1 (control characters other than \n \r \t become spaces).
json_str() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  s=${s//[$'\x01'-$'\x1f'$'\x7f']/ }
  REPLY="\"$s\""
}

json_str_array() {
  local out='' item
  for item in "$@"; do
    json_str "$item"
    out+="${out:+,}$REPLY"
  done
  REPLY="[$out]"
}

is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }

# berth:only set preflight
# One instance metadata value (IMDSv2, falling back to v1) into REPLY; empty when unreachable.
IMDS_TOKEN=''
imds_get() {
  local -a hdr=()
  REPLY=''
  command -v curl >/dev/null 2>&1 || return 0
  if [[ -z $IMDS_TOKEN ]]; then
    IMDS_TOKEN=$(curl -fsS --connect-timeout 1 --max-time 2 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' "$IMDS_URL/latest/api/token" 2>/dev/null || true)
  fi
  [[ -n $IMDS_TOKEN ]] && hdr=(-H "X-aws-ec2-metadata-token: $IMDS_TOKEN")
  REPLY=$(curl -fsS --connect-timeout 1 --max-time 2 "${hdr[@]}" "$IMDS_URL/latest/$1" 2>/dev/null || true)
}
# berth:end

# Lists (argv arrays) are kept as one string, each element ended by the unit separator 0x1F,
# so an empty element survives and no value is ever split by the shell.
US=$'\x1f'
RS=$'\x1e'

# berth:only wire
# Decodes one wire field into REPLY. `-` is the empty string. Trailing newlines are kept.
b64d() {
  local f=$1
  if [[ $f == - ]]; then REPLY=''; return 0; fi
  if [[ ! $f =~ ^[A-Za-z0-9+/]+={0,2}$ ]]; then
    plan_error "a plan field is not base64: ${f:0:40}"
  fi
  REPLY=$(printf '%s' "$f" | base64 -d && printf x) || plan_error 'a plan field does not decode'
  REPLY=${REPLY%x}
}
# berth:end

# Splits a US-terminated list into the array named $1.
decode_list() {
  local -n out_ref=$1
  local raw=$2
  out_ref=()
  while [[ -n $raw ]]; do
    out_ref+=("${raw%%"$US"*}")
    raw=${raw#*"$US"}
  done
}

# Joins its arguments into a US-terminated list (REPLY).
join_list() {
  local item
  REPLY=''
  for item in "$@"; do REPLY+="$item$US"; done
}

# ------------------------------------------------------------------------------------------------
# Result state (printed once, at exit)

RESULT_PRINTED=0
FAILURE_REASON=''
FAILURE_CONTAINER=''
declare -a FAILURE_LOG=()
declare -a COPY_RESULTS=()
declare -a REMOVED=()
declare -a PRUNED=()
MIGRATION_JSON=''
LOCK_WAIT_MS=0
FACTS_JSON=''
HISTORY_JSON=''
declare -A META=()

emit_result() {
  local ok=$1
  ((RESULT_PRINTED)) && return 0
  RESULT_PRINTED=1
  local end_ms total lockw json copies removed pruned failure='' limit=${#COPY_RESULTS[@]}
  now_ms; end_ms=$REPLY
  secs_between "$START_MS" "$end_ms"; total=$REPLY
  secs_between 0 "$LOCK_WAIT_MS"; lockw=$REPLY
  if [[ -n $FAILURE_REASON ]]; then
    json_str "$FAILURE_REASON"; failure=",\"failure\":{\"reason\":$REPLY"
    if [[ -n $FAILURE_CONTAINER ]]; then json_str "$FAILURE_CONTAINER"; failure+=",\"container\":$REPLY"; fi
    json_str_array "${FAILURE_LOG[@]}"; failure+=",\"logTail\":$REPLY}"
  fi
  while :; do
    copies=$(IFS=,; printf '%s' "${COPY_RESULTS[*]:0:limit}")
    json_str_array "${REMOVED[@]:0:50}"; removed=$REPLY
    json_str_array "${PRUNED[@]:0:50}"; pruned=$REPLY
    json_str "${META[deployId]:-}"; json="{\"ok\":$ok,\"mode\":\"$MODE\",\"deployId\":$REPLY"
    json_str "${META[hostname]:-$(hostname 2>/dev/null || true)}"; json+=",\"hostname\":$REPLY"
    json_str "${META[instanceId]:-}"; json+=",\"instanceId\":$REPLY"
    json+=",\"copies\":[$copies],\"removed\":$removed,\"prunedImages\":$pruned"
    [[ -n $MIGRATION_JSON ]] && json+=",\"migration\":$MIGRATION_JSON"
    json+=",\"timings\":{\"totalSeconds\":$total,\"lockWaitSeconds\":$lockw}"
    json+="$failure"
    [[ -n $FACTS_JSON ]] && json+=",\"facts\":$FACTS_JSON"
    [[ -n $HISTORY_JSON ]] && json+=",\"history\":$HISTORY_JSON"
    ((limit < ${#COPY_RESULTS[@]})) && json+=",\"truncated\":true"
    json+='}'
    if ((${#json} <= MAX_RESULT_CHARS || limit == 0)); then break; fi
    limit=$((limit / 2))
  done
  printf '%s\n' "$json" >&3
}

plan_error() {
  FAILURE_REASON="plan error: $1"
  log "$FAILURE_REASON"
  cleanup_temp
  emit_result false
  exit 2
}

# ------------------------------------------------------------------------------------------------
# Plan parsing (data only)

declare -a APPS=() REG_HOST=() REG_UKIND=() REG_USER=() REG_PKIND=() REG_PASS=()
declare -a VOL_APP=() VOL_NAME=() VOL_IMAGE=() VOL_ARGS=()
declare -a DEF_IDS=()
declare -A DEF_APP=() DEF_NAME=() DEF_MODE=() DEF_IMAGE=() DEF_HASH=() DEF_REDEPLOY=()
declare -A DEF_STOPSIG=() DEF_GRACE=() DEF_INTERVAL=() DEF_TIMEOUT=() DEF_DEADLINE=() DEF_STARTUP=()
declare -A LB_SOCK=() LB_BACKEND=() LB_DRAIN=() DEP_RAW=() COPY_LIST=() COPY_NAME=() COPY_NSLOTS=()
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

# Reads the next plan record into V (decoded fields, record name first). Two encodings:
# `berth-plan 1`: lines of base64 fields (the contract in host-plan.ts);
# `berth-plan-raw 1`: the same records with raw values, fields ended by US and records by RS
# (what the action sends: it compresses far better). Values never pass through the shell.
PLAN_RAW=0
next_record() {
  local line f
  local -a F=()
  V=()
  if ((PLAN_RAW)); then
    IFS= read -r -d "$RS" line || [[ -n $line ]] || return 1
    line=${line#$'\n'}
    decode_list V "$line"
    return 0
  fi
  # The copy sent by the action reads only the raw transport; the full script reads both.
  # berth:only wire
  IFS= read -r line || [[ -n $line ]] || return 1
  read -r -a F <<<"$line"
  for f in "${F[@]}"; do
    if [[ ${#V[@]} -eq 0 ]]; then V+=("$f"); continue; fi
    b64d "$f"
    [[ $REPLY == *"$US"* || $REPLY == *"$RS"* ]] && plan_error "a plan value holds the control character 0x1E or 0x1F"
    V+=("$REPLY")
  done
  return 0
  # berth:end
  # shellcheck disable=SC2317 # reached in the copy the action sends, where the section above is left out
  plan_error 'this copy of the script reads only raw plans (berth-plan-raw 1)'
}

# berth:only set
# A plan set (`berth-plan-set 1`, one command for several hosts): raw records, each host's own
# introduced by a `host INSTANCE_ID` record. Writes this host's records as a plain raw plan to a
# private file and points PLAN_FILE at it. This host is $AWS_SSM_INSTANCE_ID (set by the SSM agent
# for Run Command), else the instance id from instance metadata.
SELECTED_PLAN=''
select_host_plan() {
  local line me out='' current='' found=0
  local -a R=() ids=()
  IFS= read -r line <"$PLAN_FILE" || return 0
  [[ $line == 'berth-plan-set 1' ]] || return 0
  me=${AWS_SSM_INSTANCE_ID:-}
  if [[ -z $me ]]; then
    imds_get meta-data/instance-id
    me=$REPLY
  fi
  [[ -n $me ]] || plan_error 'this command carries plans for several hosts, and this host cannot tell its instance id (no AWS_SSM_INSTANCE_ID, no instance metadata)'
  {
    IFS= read -r line
    while IFS= read -r -d "$RS" line || [[ -n $line ]]; do
      line=${line#$'\n'}
      [[ -z $line ]] && continue
      if [[ $line == "host$US"* ]]; then
        decode_list R "$line"
        current=${R[1]:-}
        ids+=("$current")
        [[ $current == "$me" ]] && found=1
        continue
      fi
      [[ $current == "$me" ]] && out+="$line$RS"
    done
  } <"$PLAN_FILE"
  if ((found == 0)); then
    plan_error "this command carries plans for ${ids[*]:0:10}$( ((${#ids[@]} > 10)) && printf ' and %d more' $((${#ids[@]} - 10)) ), not for this host ($me)"
  fi
  SELECTED_PLAN=$(mktemp "${TMPDIR:-/tmp}/berth-plan.XXXXXX")
  printf 'berth-plan-raw 1\n%s' "$out" >"$SELECTED_PLAN"
  PLAN_FILE=$SELECTED_PLAN
}
# berth:end

parse_plan() {
  local file=$1 line rec
  local -a V=()
  [[ -r $file ]] || plan_error "cannot read the plan file $file"
  {
    IFS= read -r line || plan_error 'the plan is empty'
    case $line in
      'berth-plan 1') PLAN_RAW=0 ;;
      'berth-plan-raw 1') PLAN_RAW=1 ;;
      *) plan_error 'the plan does not start with "berth-plan 1" (script and plan versions differ)' ;;
    esac
    while next_record; do
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
          ;;
        lb) LB_SOCK[${V[0]}]=${V[1]}; LB_BACKEND[${V[0]}]=${V[2]}; LB_DRAIN[${V[0]}]=${V[3]} ;;
        dep) join_list "${V[@]:1}"; DEP_RAW[${V[0]}]=$REPLY ;;
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
  ROOT=${META[root]:-/}
  [[ $ROOT == /* ]] || plan_error "the host root must be an absolute path, got $ROOT"
  ROOT=${ROOT%/}
  local key
  for key in lockTimeout keepImages logTailLines; do
    is_uint "${META[$key]:-0}" || plan_error "meta $key must be a number"
  done
  validate_plan
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
}

# ------------------------------------------------------------------------------------------------
# Temporary files and secrets

TEMP_DIR=''
DOCKER_CONFIG_DIR=''
declare -A SECRET=()

cleanup_temp() {
  [[ -n $TEMP_DIR && -d $TEMP_DIR ]] && rm -rf -- "$TEMP_DIR"
  [[ -n $DOCKER_CONFIG_DIR && -d $DOCKER_CONFIG_DIR ]] && rm -rf -- "$DOCKER_CONFIG_DIR"
  TEMP_DIR=''
  DOCKER_CONFIG_DIR=''
}

make_temp_dir() {
  [[ -d $ROOT/var/lib/berth ]] || mkdir -p -- "$ROOT/var/lib/berth"
  # mktemp makes it 0700.
  TEMP_DIR=$(mktemp -d "$ROOT/var/lib/berth/run.XXXXXX")
}

# Unescapes one JSON string literal (with its quotes) into REPLY.
json_unquote() {
  local s=$1 out='' c hex lo cp
  s=${s#\"}; s=${s%\"}
  local LC_ALL=C.UTF-8
  while [[ $s == *\\* ]]; do
    out+=${s%%\\*}
    s=${s#*\\}
    c=${s:0:1}
    s=${s:1}
    case $c in
      n) out+=$'\n' ;; t) out+=$'\t' ;; r) out+=$'\r' ;; b) out+=$'\b' ;; f) out+=$'\f' ;;
      u)
        hex=${s:0:4}; s=${s:4}
        cp=$((16#$hex))
        if ((cp >= 0xD800 && cp <= 0xDBFF)) && [[ ${s:0:2} == '\u' ]]; then
          lo=$((16#${s:2:4})); s=${s:6}
          cp=$((0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)))
        fi
        # shellcheck disable=SC2059 # the format is a \U escape built from a number
        printf -v c "\\U$(printf '%08x' "$cp")"
        out+=$c
        ;;
      *) out+=$c ;;
    esac
  done
  REPLY=$out$s
}

# Resolves every %{ssm:...} reference of the plan with the AWS CLI, 10 names a call.
resolve_secrets() {
  local -a names=() batch=() cmd=()
  local -A seen=()
  local i n
  for i in "${!ENV_KIND[@]}"; do
    [[ ${ENV_KIND[$i]} == ssm ]] && names+=("${ENV_VALUE[$i]}")
  done
  for i in "${!REG_HOST[@]}"; do
    [[ ${REG_UKIND[$i]} == ssm ]] && names+=("${REG_USER[$i]}")
    [[ ${REG_PKIND[$i]} == ssm ]] && names+=("${REG_PASS[$i]}")
  done
  local -a unique=()
  for n in "${names[@]}"; do
    [[ -n ${seen[$n]:-} ]] && continue
    seen[$n]=1
    [[ $n =~ ^[A-Za-z0-9_./-]+$ ]] || fail "Parameter Store name '$n' has characters SSM does not allow"
    unique+=("$n")
  done
  ((${#unique[@]} == 0)) && return 0
  command -v aws >/dev/null || fail 'the plan names Parameter Store secrets but the AWS CLI (aws) is not installed on this host'
  log "resolving ${#unique[@]} secret(s) from Parameter Store"
  local out line pending_name='' state=0
  for ((i = 0; i < ${#unique[@]}; i += 10)); do
    batch=("${unique[@]:i:10}")
    cmd=(aws ssm get-parameters --with-decryption --output json --query 'Parameters[].[Name,Value]' --names "${batch[@]}")
    [[ -n ${META[awsRegion]:-} ]] && cmd+=(--region "${META[awsRegion]}")
    [[ -n ${META[awsEndpoint]:-} ]] && cmd+=(--endpoint-url "${META[awsEndpoint]}")
    if ! out=$("${cmd[@]}" 2>"$TEMP_DIR/aws.err"); then
      fail "aws ssm get-parameters failed: $(head -c 400 "$TEMP_DIR/aws.err" | tr '\n' ' ')"
    fi
    # The JSON is an array of [name, value] pairs; the CLI prints one string per line.
    state=0
    while IFS= read -r line; do
      line=${line##+([[:space:]])}
      line=${line%,}
      [[ $line == \"* ]] || continue
      json_unquote "$line"
      if ((state == 0)); then pending_name=$REPLY; state=1; else SECRET[$pending_name]=$REPLY; state=0; fi
    done <<<"$out"
  done
  local -a missing=()
  for n in "${unique[@]}"; do
    [[ -n ${SECRET[$n]+x} ]] || missing+=("$n")
  done
  ((${#missing[@]} == 0)) || fail "Parameter Store has no readable parameter named: ${missing[*]} (check the name and the instance role's ssm:GetParameters/kms:Decrypt)"
}

value_of() { # kind value -> REPLY
  if [[ $1 == ssm ]]; then REPLY=${SECRET[$2]}; else REPLY=$2; fi
}

# Builds the env arguments of an owner into ENV_ARGS (and ENV_EXPORTS for values an env file cannot hold).
# Secrets go to a 0600 env file (or the docker client's own environment when multi-line); plain values to -e.
declare -a ENV_ARGS=() ENV_EXPORT_KEYS=() ENV_EXPORT_VALUES=()
ENV_FILE=''
build_env() {
  local owner=$1 i secret_count=0
  ENV_ARGS=(); ENV_EXPORT_KEYS=(); ENV_EXPORT_VALUES=(); ENV_FILE=''
  for i in "${!ENV_OWNER[@]}"; do
    [[ ${ENV_OWNER[$i]} == "$owner" ]] || continue
    value_of "${ENV_KIND[$i]}" "${ENV_VALUE[$i]}"
    local key=${ENV_KEY[$i]} val=$REPLY
    if [[ ${ENV_SECRET[$i]} == 1 || ${ENV_KIND[$i]} == ssm ]]; then
      if [[ $val == *$'\n'* || $val == *$'\r'* ]]; then
        [[ $key =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || fail "secret $key holds a line break and its name is not a shell identifier; cannot pass it safely"
        ENV_EXPORT_KEYS+=("$key"); ENV_EXPORT_VALUES+=("$val"); ENV_ARGS+=(-e "$key")
      else
        # Mode 0600 (umask 077), made when the first secret goes in.
        [[ -n $ENV_FILE ]] || { ENV_FILE="$TEMP_DIR/env.$RANDOM$RANDOM"; : >"$ENV_FILE"; }
        printf '%s=%s\n' "$key" "$val" >>"$ENV_FILE"
        secret_count=$((secret_count + 1))
      fi
    else
      ENV_ARGS+=(-e "$key=$val")
    fi
  done
  ((secret_count > 0)) && ENV_ARGS+=(--env-file "$ENV_FILE")
  return 0
}

# Runs docker with ENV_EXPORTS in its environment only (never in argv).
docker_with_env() {
  (
    local i
    for i in "${!ENV_EXPORT_KEYS[@]}"; do
      export "${ENV_EXPORT_KEYS[$i]}=${ENV_EXPORT_VALUES[$i]}"
    done
    docker "$@"
  )
}

drop_env_file() {
  [[ -n $ENV_FILE ]] && rm -f -- "$ENV_FILE"
  ENV_FILE=''
}

registry_logins() {
  ((${#REG_HOST[@]} == 0)) && return 0
  mkdir -p -- "$ROOT/var/lib/berth"
  DOCKER_CONFIG_DIR=$(mktemp -d "$ROOT/var/lib/berth/docker-config.XXXXXX")
  chmod 700 "$DOCKER_CONFIG_DIR"
  export DOCKER_CONFIG=$DOCKER_CONFIG_DIR
  local i user pass attempt
  for i in "${!REG_HOST[@]}"; do
    value_of "${REG_UKIND[$i]}" "${REG_USER[$i]}"; user=$REPLY
    value_of "${REG_PKIND[$i]}" "${REG_PASS[$i]}"; pass=$REPLY
    if [[ -z $user && -z $pass ]]; then
      log "registry ${REG_HOST[$i]}: no credentials, anonymous pulls"
      continue
    fi
    for attempt in 1 2 3; do
      if printf '%s' "$pass" | docker login --username "$user" --password-stdin "${REG_HOST[$i]}" >"$TEMP_DIR/login.out" 2>&1; then
        log "logged in to ${REG_HOST[$i]} as $user"
        break
      fi
      if ((attempt == 3)) || ! grep -qiE 'timeout|EOF|50[234]|connection reset|temporar' "$TEMP_DIR/login.out"; then
        fail "docker login to ${REG_HOST[$i]} as $user failed: $(head -c 300 "$TEMP_DIR/login.out" | tr '\n' ' ')"
      fi
      sleep "$attempt"
    done
  done
}

# ------------------------------------------------------------------------------------------------
# Docker helpers

# The engine API straight through its unix socket (DOCKER_HOST when unix://..., else /var/run/docker.sock) for the
# calls on a rollout's critical path: a docker CLI start costs 100-300 ms of CPU on a small host, curl a
# fraction of that. A rollout needs the engine on a local socket (decide_copies checks).
ENGINE=${DOCKER_HOST:-unix:///var/run/docker.sock}
[[ $ENGINE == unix://* && -z ${DOCKER_CONTEXT:-} ]] || ENGINE=''
ENGINE=${ENGINE#unix://}
api() { curl -gsS --unix-socket "$ENGINE" "$@" 2>/dev/null; }
# The JSON the engine has about an object (REPLY; empty when PATH could not go into a URL as it is, which
# no valid name or image reference needs).
engine_json() { # path
  REPLY=''
  if [[ $1 =~ ^[A-Za-z0-9._/:@-]+$ && $1 != *..* ]]; then REPLY=$(api "http://d$1" || true); fi
}

# Reads name, running flag, labels of a container into C_* (C_EXISTS=0 when absent).
# prefetch_containers lists every container in one call (EXISTING, LISTED: name|app|kind|server|lb-socket|lb-backend) with what the
# rollout needs, and inspect_container uses that answer once (or lists again).
C_EXISTS=0 C_RUNNING=false C_ID='' C_HASH='' C_SLOT='' C_IMAGE_ID='' C_SERVER='' C_HEALTH=''
declare -A PREFETCHED=() EXISTING=()
declare -a LISTED=()
prefetch_containers() {
  local out names name n id st image hash slot server kind sock be app run h
  local -a parts=()
  for n in "$@"; do PREFETCHED[$n]=''; done
  EXISTING=(); LISTED=()
  out=$(docker ps -a --no-trunc --format '{{.Names}}|{{.ID}}|{{.Status}}|{{.Image}}|{{.Label "berth.hash"}}|{{.Label "berth.slot"}}|{{.Label "berth.server"}}|{{.Label "berth.kind"}}|{{.Label "berth.lb-socket"}}|{{.Label "berth.lb-backend"}}|{{.Label "berth.app"}}' 2>/dev/null) || true
  while IFS='|' read -r names id st image hash slot server kind sock be app; do
    # Untruncated, a linked container is also listed under its links' names (with a slash).
    name=''
    IFS=, read -r -a parts <<<"$names"
    for n in "${parts[@]}"; do [[ $n == */* ]] || name=$n; done
    [[ -n $name ]] || continue
    EXISTING[$name]=1
    LISTED+=("$name|$app|$kind|$server|$sock|$be")
    # Running as docker inspect says it: up (also paused) or restarting.
    run=false h=''
    [[ $st == Up* || $st == Restarting* ]] && run=true
    # shellcheck disable=SC2128 # the whole match
    [[ $st =~ \((healthy|unhealthy|health:\ starting)\) ]] && { h=${BASH_REMATCH//[()]/}; h=${h#health: }; }
    PREFETCHED[$name]="$id|$run|$image|$h|$hash|$slot|$server"
  done <<<"$out"
}

inspect_container() {
  local out
  C_EXISTS=0; C_RUNNING=false; C_ID=''; C_HASH=''; C_SLOT=''; C_IMAGE_ID=''; C_SERVER=''; C_HEALTH=''
  [[ -n ${PREFETCHED[$1]+x} ]] || prefetch_containers "$1"
  out=${PREFETCHED[$1]}
  [[ ${2:-} == keep ]] || unset 'PREFETCHED[$1]'
  if [[ -n $out ]]; then
    C_EXISTS=1
    IFS='|' read -r C_ID C_RUNNING C_IMAGE_ID C_HEALTH C_HASH C_SLOT C_SERVER <<<"$out"
  fi
  return 0
}

container_up() { # container -> 0 when it runs
  engine_json "/containers/$1/json"
  [[ $REPLY == *'"Running":true'* ]]
}

container_log_tail() {
  local n=${META[logTailLines]:-30} line
  ((n > 50)) && n=50
  ((n < 1)) && n=1
  FAILURE_LOG=()
  while IFS= read -r line; do
    FAILURE_LOG+=("${line:0:LOG_LINE_CHARS}")
  done < <(docker logs --tail "$n" -- "$1" 2>&1 | valid_utf8 | tail -n "$n")
}

# JSON must be valid UTF-8: drop invalid bytes when iconv is there.
valid_utf8() {
  if command -v iconv >/dev/null 2>&1; then iconv -f UTF-8 -t UTF-8 -c 2>/dev/null || true; else cat; fi
}

image_present() {
  engine_json "/images/$1/json"
  [[ $REPLY == *'"Id"'* ]]
}

declare -A PULLED=()
pull_image() {
  local image=$1 attempt
  [[ -n ${PULLED[$image]:-} ]] && return 0
  if [[ ${META[preferLocalImages]:-0} == 1 ]] && image_present "$image"; then
    PULLED[$image]=1
    return 0
  fi
  for attempt in 1 2 3 4; do
    log "pulling $image (attempt $attempt)"
    if docker pull -q -- "$image" >"$TEMP_DIR/pull.out" 2>&1; then
      PULLED[$image]=1
      return 0
    fi
    if ! grep -qiE 'timeout|timed out|EOF|50[234]|connection reset|temporar|TLS handshake|too many requests' "$TEMP_DIR/pull.out"; then
      break
    fi
    sleep "$attempt"
  done
  if image_present "$image"; then
    log "warning: could not pull $image ($(head -c 200 "$TEMP_DIR/pull.out" | tr '\n' ' ')); using the copy already on this host"
    PULLED[$image]=1
    return 0
  fi
  fail "cannot pull $image: $(head -c 300 "$TEMP_DIR/pull.out" | tr '\n' ' ')"
}

declare -A DIGEST_CACHE=()
image_digest() { # image id -> REPLY (repo digest when known, else the image id)
  if [[ -z ${DIGEST_CACHE[$1]:-} ]]; then
    engine_json "/images/$1/json"
    # The first repo digest (no tag has an @), else the image id (the answer's first key).
    # shellcheck disable=SC2128 # the whole match
    if [[ $REPLY =~ [^\"[:space:]]+@sha256:[0-9a-f]+ || $REPLY =~ sha256:[0-9a-f]+ ]]; then REPLY=$BASH_REMATCH; else REPLY=''; fi
    [[ -z $REPLY ]] && REPLY=$1
    DIGEST_CACHE[$1]=$REPLY
  fi
  REPLY=${DIGEST_CACHE[$1]}
}

# ------------------------------------------------------------------------------------------------
# haproxy runtime API (socat on the admin socket). Every call tolerates a balancer that is not up.

# Several commands go in one connection, `;`-separated (haproxy runs them in order).
hap() { # socket command...
  local sock=$1 IFS=';'
  shift
  [[ -S $sock ]] || return 1
  printf '%s\n' "$*" | socat -t 2 - "UNIX-CONNECT:$sock" 2>/dev/null
}

# Status (field 18) and current sessions (field 5) of one server, into SRV_STATUS / SRV_SCUR; empty when missing.
# Commands given after the server run first, in the same connection.
SRV_STATUS='' SRV_SCUR=0 LB_ANSWERED=0
server_stat() { # d server [command...]
  local out
  SRV_STATUS=''; SRV_SCUR=0; LB_ANSWERED=0
  out=$(hap "${LB_SOCK[$1]}" "${@:3}" 'show stat' || true)
  [[ $out == *'# pxname'* ]] && LB_ANSWERED=1
  local IFS=,
  local -a f
  while read -r -a f; do
    if [[ ${f[0]:-} == "${LB_BACKEND[$1]}" && ${f[1]:-} == "$2" ]]; then
      SRV_STATUS=${f[17]:-}; SRV_SCUR=${f[4]:-0}
      return 0
    fi
  done <<<"$out"
}

# Makes the server of a slot exist, enabled, and waits until haproxy sees it UP (bounded).
lb_ready() { # d server address deadline_ms [proven]
  local d=$1 srv=$2 addr=$3 deadline=$4 be=${LB_BACKEND[$1]}
  local -a up=()
  [[ -z $srv ]] && return 0
  # We proved the copy healthy through the same socket or port: no need to wait for haproxy's next check.
  [[ ${5:-} == proven ]] && up=("set server $be/$srv health up")
  # A missing server only answers "No such server" to these.
  server_stat "$d" "$srv" "set server $be/$srv state ready" "enable health $be/$srv" "${up[@]}"
  if ((LB_ANSWERED == 0)); then
    log "balancer for $be not running yet; $srv will be picked up when it starts"
    return 0
  fi
  if [[ -z $SRV_STATUS ]]; then
    [[ -n $addr ]] || { log "server $be/$srv is not in haproxy and the plan gives no address"; return 1; }
    log "adding server $be/$srv ($addr) to haproxy"
    server_stat "$d" "$srv" "add server $be/$srv $addr check inter 1s fall 2 rise 1" "enable health $be/$srv" "enable server $be/$srv" "${up[@]}"
  fi
  log "haproxy: $be/$srv ready"
  while [[ $SRV_STATUS != UP && $SRV_STATUS != 'no check' && $SRV_STATUS != OPEN ]]; do
    now_ms
    if ((REPLY > deadline)); then
      log "haproxy still reports $be/$srv as '${SRV_STATUS:-missing}'"
      return 1
    fi
    sleep 0.05
    server_stat "$d" "$srv"
  done
}

# Drains a server: no new sessions, wait for current ones to end (bounded), then maintenance (unless
# the caller sends that itself: `later`).
lb_drain() { # d server [later]
  local d=$1 srv=$2 be=${LB_BACKEND[$1]:-} deadline
  [[ -z $srv || -z $be ]] && return 0
  server_stat "$d" "$srv" "set server $be/$srv state drain"
  [[ -z $SRV_STATUS ]] && return 0
  log "haproxy: draining $be/$srv"
  now_ms; deadline=$((REPLY + ${LB_DRAIN[$d]:-30} * 1000))
  while [[ ${SRV_SCUR:-0} != 0 ]]; do
    now_ms
    if ((REPLY > deadline)); then
      log "drain of $be/$srv timed out with $SRV_SCUR session(s) left"
      break
    fi
    sleep 0.05
    server_stat "$d" "$srv"
  done
  [[ -n ${3:-} ]] || hap "${LB_SOCK[$d]}" "set server $be/$srv state maint" >/dev/null || true
}

# ------------------------------------------------------------------------------------------------
# Copies

# Proves the container in slot (d,c,s) healthy: the slot's check passes and startupTime has passed.
# Returns 0 healthy, 1 not in time or exited. Sets HEALTH_MS to the ms from start to healthy.
HEALTH_MS=0
wait_healthy() { # d c s container start_ms
  local d=$1 k="$1,$2,$3" name=$4 start=$5
  local kind=${SLOT_HKIND[$1,$2,$3]} probe_ok interval timeout deadline min_ms alive_ms=$5
  local -a hargs=()
  decode_list hargs "${SLOT_HARGS[$k]}"
  interval=${DEF_INTERVAL[$d]}; timeout=${DEF_TIMEOUT[$d]}
  [[ $interval == 0 ]] && interval=1
  [[ $timeout == 0 ]] && timeout=5
  deadline=${DEF_DEADLINE[$d]%.*}
  # 0 means "not set": give the copy its startup time and a minute more.
  ((deadline == 0)) && deadline=$((${DEF_STARTUP[$d]%.*} + 60))
  deadline=$((start + deadline * 1000))
  min_ms=$((${DEF_STARTUP[$d]%.*} * 1000))
  while :; do
    probe_ok=1
    case $kind in
      http) curl -fsS -o /dev/null --max-time "$timeout" -- "${hargs[0]}" 2>/dev/null || probe_ok=0 ;;
      http-unix) curl -fsS -o /dev/null --max-time "$timeout" --unix-socket "${hargs[0]}" -- "http://localhost${hargs[1]}" 2>/dev/null || probe_ok=0 ;;
      cmd) timeout "$timeout" docker exec -- "$name" "${hargs[@]}" >/dev/null 2>&1 || probe_ok=0 ;;
      docker)
        engine_json "/containers/$name/json"
        [[ $REPLY == *'"Health":{"Status":"healthy"'* ]] || probe_ok=0
        ;;
      none) ;;
        *) fail "unknown health check kind '$kind' for $name" ;;
    esac
    now_ms
    if ((probe_ok)) && ((REPLY - start >= min_ms)); then
      HEALTH_MS=$((REPLY - start))
      return 0
    fi
    # Has it died? Asked at most once a second.
    if ((REPLY - alive_ms >= 1000)); then
      if ! container_up "$name"; then
        log "$name exited before it became healthy"
        return 1
      fi
      now_ms; alive_ms=$REPLY
    fi
    if ((REPLY > deadline)); then
      log "$name not healthy within ${DEF_DEADLINE[$d]}s"
      return 1
    fi
    if ((probe_ok)); then
      # Healthy but startupTime not reached: sleep the rest.
      sleep "$(((min_ms - (REPLY - start)) / 1000)).$(printf '%03d' $(((min_ms - (REPLY - start)) % 1000)))"
    elif [[ $kind == http || $kind == http-unix ]]; then
      # Cheap probes: poll fast so the measured start-to-healthy time is the copy's own.
      sleep 0.1
    else
      sleep "$interval"
    fi
  done
}

# Starts the container of slot (d,c,s) named NAME. Sets STARTED_MS.
STARTED_MS=0 STARTED_ID=''
start_container() { # d c s name
  local d=$1 c=$2 s=$3 name=$4 k="$1,$2,$3"
  local -a runargs=() cmdargs=() labels=()
  decode_list runargs "${SLOT_RUNARGS[$k]:-}"
  decode_list cmdargs "${SLOT_CMD[$k]:-}"
  labels=(--label "berth.app=${DEF_APP[$d]}" --label "berth.definition=${DEF_NAME[$d]}" --label "berth.copy=$c"
    --label "berth.slot=${SLOT_ID[$k]}" --label "berth.hash=${DEF_HASH[$d]}" --label "berth.deploy=${META[deployId]:-}"
    --label "berth.release=${META[release]:-}")
  if [[ -n ${LB_SOCK[$d]:-} && -n ${SLOT_SERVER[$k]} ]]; then
    labels+=(--label "berth.server=${SLOT_SERVER[$k]}" --label "berth.lb-socket=${LB_SOCK[$d]}" --label "berth.lb-backend=${LB_BACKEND[$d]}")
  fi
  build_env "$d"
  now_ms; STARTED_MS=$REPLY
  log "starting $name (${DEF_IMAGE[$d]}, slot ${SLOT_ID[$k]})"
  if ! docker_with_env run -d --name "$name" "${labels[@]}" --stop-signal "${DEF_STOPSIG[$d]:-SIGTERM}" \
    --stop-timeout "${DEF_GRACE[$d]%.*}" "${runargs[@]}" "${ENV_ARGS[@]}" -- "${DEF_IMAGE[$d]}" "${cmdargs[@]}" >"$TEMP_DIR/run.out" 2>&1; then
    drop_env_file
    docker rm -f -- "$name" >/dev/null 2>&1 || true
    FAILURE_CONTAINER=$name
    return 1
  fi
  drop_env_file
  local -a out=()
  mapfile -t out <"$TEMP_DIR/run.out"
  STARTED_ID=${out[-1]:-}
  return 0
}

# Stops gracefully: its stop signal, then SIGKILL after the grace period (set at docker run).
stop_container() { # d name
  local grace=${DEF_GRACE[$1]:-10}
  api -o /dev/null -X POST "http://d/containers/$2/stop?t=${grace%.*}" || true
}

slot_index_of() { # d c slot_id -> REPLY index or -1
  local s n=${COPY_NSLOTS[$1,$2]}
  for ((s = 0; s < n; s++)); do
    [[ ${SLOT_ID[$1,$2,$s]} == "$3" ]] && { REPLY=$s; return 0; }
  done
  REPLY=-1
}

record_copy() { # d c name action [health_ms] [known]
  local d=$1 name=$3 json health=missing digest=''
  # A copy this run just started and proved healthy: C_* were set by bring_up, no need to ask docker.
  [[ ${6:-} == known ]] || inspect_container "$name"
  if ((C_EXISTS)); then
    if [[ $C_RUNNING != true ]]; then
      health=unhealthy
    elif [[ -n $C_HEALTH ]]; then
      health=$C_HEALTH
    elif [[ -n ${5:-} ]]; then
      health=healthy
    else
      health=none
    fi
    image_digest "${C_IMAGE_ID:-${DEF_IMAGE[$d]}}"; digest=$REPLY
  fi
  json_str "${DEF_NAME[$d]}"; json="{\"definition\":$REPLY"
  json_str "$name"; json+=",\"name\":$REPLY"
  json_str "${C_ID:0:12}"; json+=",\"containerId\":$REPLY"
  json_str "${DEF_IMAGE[$d]}"; json+=",\"image\":$REPLY"
  json_str "$digest"; json+=",\"imageDigest\":$REPLY"
  json_str "$C_SLOT"; json+=",\"slot\":$REPLY,\"health\":\"$health\",\"action\":\"$4\""
  if [[ -n ${5:-} ]]; then secs_between 0 "$5"; json+=",\"startToHealthy\":$REPLY"; fi
  COPY_RESULTS+=("$json}")
  COPY_RESULT_APP+=("${DEF_APP[$d]}")
}

# Replacements done in this run, undone newest first on failure: "d|c|old_slot|new_slot|how|old_server".
declare -a REPLACED=() COPY_RESULT_APP=() STOPPING=()
declare -A TOUCHED=()

wait_stopping() {
  local pid
  for pid in "${STOPPING[@]}"; do wait "$pid" 2>/dev/null || true; done
  STOPPING=()
}

# Fails the copy: log tail of the failing container, remove it. Caller then calls fail.
abandon_new() { # container
  container_log_tail "$1"
  FAILURE_CONTAINER=$1
  docker rm -f -- "$1" >/dev/null 2>&1 || true
}

lb_deadline() { # d -> REPLY epoch ms
  now_ms; REPLY=$((REPLY + ${DEF_DEADLINE[$1]%.*} * 1000))
}

# Starts a copy in slot s under NAME, proves it healthy, makes it ready in the balancer. Fails the run otherwise.
bring_up() { # d c s name what
  start_container "$1" "$2" "$3" "$4" || fail "docker run of $5 failed: $(head -c 300 "$TEMP_DIR/run.out" | tr '\n' ' ')"
  await_up "$@" "$STARTED_MS" "$STARTED_ID"
}

# Waits until a started copy is healthy and ready in its balancer; fails the run otherwise.
await_up() { # d c s name what started_ms started_id
  local d=$1 c=$2 s=$3 name=$4 k="$1,$2,$3"
  if ! wait_healthy "$d" "$c" "$s" "$name" "$6"; then
    abandon_new "$name"
    fail "$5 did not become healthy within ${DEF_DEADLINE[$d]}s"
  fi
  UP_MS=$HEALTH_MS
  UP_ID=$7
  if [[ -n ${LB_SOCK[$d]:-} ]]; then
    lb_deadline "$d"
    if ! lb_ready "$d" "${SLOT_SERVER[$k]}" "${SLOT_ADDR[$k]}" "$REPLY" proven; then
      lb_drain "$d" "${SLOT_SERVER[$k]}"
      abandon_new "$name"
      fail "haproxy did not report $5 ready in time"
    fi
  fi
}

# The swap of a copy whose new container is ready: the old one drains, stops, and hands over its name.
PENDING_SWAP=''
finish_swap() {
  [[ -z $PENDING_SWAP ]] && return 0
  local d c s_old s_new old_server ms id name
  IFS='|' read -r d c s_old s_new old_server ms id <<<"$PENDING_SWAP"
  PENDING_SWAP=''
  name=${COPY_NAME[$d,$c]}
  # The name changes hands while the old copy drains (haproxy knows servers by address, not by container).
  swap_names "$name" &
  if [[ -n ${LB_SOCK[$d]:-} ]]; then lb_drain "$d" "$old_server" later; fi
  wait $!
  REPLACED+=("$d|$c|$s_old|$s_new|swap|$old_server")
  # Drained already: it stops in the background (kept for a restore until the run ends) while haproxy puts
  # it in maintenance, and the next copy starts at once. A restore waits for both (wait_stopping).
  stop_container "$d" "$name-berth-old" &
  STOPPING+=("$!")
  if [[ -n ${LB_SOCK[$d]:-} ]]; then
    hap "${LB_SOCK[$d]}" "set server ${LB_BACKEND[$d]}/$old_server state maint" >/dev/null &
    STOPPING+=("$!")
  fi
  TOUCHED[$name]=1
  UP_ID=$id
  known_copy "$d" "$c" "$s_new"
  record_copy "$d" "$c" "$name" replaced "$ms" known
}

# NAME becomes NAME-berth-old, NAME-berth-next becomes NAME.
swap_names() { # name
  api --fail-early -fX POST "http://d/containers/$1/rename?name=$1-berth-old" "http://d/containers/$1-berth-next/rename?name=$1" >/dev/null
}

# Replaces or starts one copy; on failure `fail` restores what this run replaced.
UP_MS=0 UP_ID=''
# What record_copy needs about a copy bring_up just proved healthy in slot s.
known_copy() { # d c s
  C_EXISTS=1; C_RUNNING=true; C_ID=$UP_ID; C_IMAGE_ID=''; C_HEALTH=''; C_SLOT=${SLOT_ID[$1,$2,$3]}
}

deploy_copy() { # d c
  local d=$1 c=$2 name=${COPY_NAME[$1,$2]} nslots=${COPY_NSLOTS[$1,$2]} old s_old s_new old_server
  inspect_container "$name"
  old=$name-berth-old
  if [[ -n ${EXISTING[$old]:-}${EXISTING[$name-berth-next]:-} ]]; then
    docker rm -f -- "$old" "$name-berth-next" >/dev/null 2>&1 || true
  fi
  slot_index_of "$d" "$c" "$C_SLOT"; s_old=$REPLY
  old_server=$C_SERVER
  ((s_old >= 0)) && [[ -z $old_server ]] && old_server=${SLOT_SERVER[$d,$c,$s_old]}
  if ((C_EXISTS == 0)) || [[ $C_RUNNING != true ]]; then
    finish_swap
    # Absent or stopped: start it in its first slot (a stopped leftover is kept aside for restore).
    if ((C_EXISTS)); then
      docker rename -- "$name" "$old" >/dev/null
      REPLACED+=("$d|$c|$s_old|0|stopped|$old_server")
    else
      REPLACED+=("$d|$c|-1|0|new|")
    fi
    bring_up "$d" "$c" 0 "$name" "$name"
    TOUCHED[$name]=1
    known_copy "$d" "$c" 0
    record_copy "$d" "$c" "$name" started "$UP_MS" known
  elif ((nslots >= 2)); then
    # Beside the old copy in the other slot; the old one serves until the new one is ready.
    if ((s_old == 0)); then s_new=1; else s_new=0; fi
    local what="the new copy of $name (slot ${SLOT_ID[$d,$c,$s_new]})"
    start_container "$d" "$c" "$s_new" "$name-berth-next" || fail "docker run of $what failed: $(head -c 300 "$TEMP_DIR/run.out" | tr '\n' ' ')"
    local started=$STARTED_MS started_id=$STARTED_ID
    # While this copy boots, the previous copy's swap (drain, stop, rename) completes.
    finish_swap
    await_up "$d" "$c" "$s_new" "$name-berth-next" "$what" "$started" "$started_id"
    PENDING_SWAP="$d|$c|$s_old|$s_new|$old_server|$UP_MS|$UP_ID"
  else
    # One slot: stop-then-start (validation announced the downtime).
    finish_swap
    [[ -n ${LB_SOCK[$d]:-} ]] && lb_drain "$d" "$old_server"
    stop_container "$d" "$name"
    docker rename -- "$name" "$old" >/dev/null
    REPLACED+=("$d|$c|$s_old|0|stopstart|$old_server")
    bring_up "$d" "$c" 0 "$name" "the new copy of $name"
    TOUCHED[$name]=1
    known_copy "$d" "$c" 0
    record_copy "$d" "$c" "$name" replaced "$UP_MS" known
  fi
}

restart_restored() { # d c slot container server
  docker start -- "$4" >/dev/null 2>&1 || log "could not start $4 again"
  if (($3 >= 0)); then
    now_ms
    wait_healthy "$1" "$2" "$3" "$4" "$REPLY" || log "restored $4 is not healthy"
  fi
  if [[ -n ${LB_SOCK[$1]:-} && -n $5 ]]; then
    lb_deadline "$1"
    lb_ready "$1" "$5" '' "$REPLY" || log "haproxy does not report $5 ready again"
  fi
  return 0
}

# Undoes this run's replacements, newest first: each old copy runs and serves again under its name.
restore_replaced() {
  local i d c s_old s_new how old_server name old new_server
  wait_stopping
  for ((i = ${#REPLACED[@]} - 1; i >= 0; i--)); do
    IFS='|' read -r d c s_old s_new how old_server <<<"${REPLACED[$i]}"
    name=${COPY_NAME[$d,$c]}
    old=$name-berth-old
    new_server=${SLOT_SERVER[$d,$c,$s_new]:-}
    log "restoring $name"
    if [[ $how == swap ]]; then
      # The new copy keeps serving until the old one is back and ready.
      restart_restored "$d" "$c" "$s_old" "$old" "$old_server"
    fi
    [[ -n ${LB_SOCK[$d]:-} && $new_server != "$old_server" ]] && lb_drain "$d" "$new_server"
    docker rm -f -- "$name" >/dev/null 2>&1 || true
    if [[ $how != new ]]; then
      docker rename -- "$old" "$name" >/dev/null 2>&1 || log "could not rename $old back to $name"
    fi
    if [[ $how == stopstart ]]; then
      restart_restored "$d" "$c" "$s_old" "$name" "$old_server"
    fi
  done
  REPLACED=()
}

# Removes a container for good: drained in its balancer first (labels say where).
remove_container() { # name server lb-socket lb-backend (its labels)
  local name=$1 srv=$2 sock=$3 be=$4
  if [[ -n $sock && -n $be && -n $srv && $be =~ ^[A-Za-z0-9_.:-]+$ && $srv =~ ^[A-Za-z0-9_.:-]+$ ]]; then
    LB_SOCK[x]=$sock; LB_BACKEND[x]=$be; LB_DRAIN[x]=${LB_DRAIN[x]:-30}
    lb_drain x "$srv"
  fi
  log "removing $name"
  docker stop -t 10 -- "$name" >/dev/null 2>&1 || true
  docker rm -f -- "$name" >/dev/null 2>&1 || true
  REMOVED+=("$name")
}

# ------------------------------------------------------------------------------------------------
# Failure: restore, report, exit non-zero

IN_FAIL=0
fail() {
  local reason=$1
  if ((IN_FAIL)); then
    log "while failing: $reason"
    return 0
  fi
  IN_FAIL=1
  FAILURE_REASON=$reason
  log "FAILED: $reason"
  set +e
  finish_swap
  restore_replaced
  cleanup_temp
  emit_result false
  exit 1
}

on_error() {
  local rc=$? line=$1
  # A failing command substitution is handled by its caller, not here.
  [[ $BASHPID == "$MAIN_PID" ]] || return 0
  ((IN_FAIL)) && return 0
  fail "unexpected error (exit $rc) at line $line of rollout.sh"
}

on_exit() {
  local rc=$?
  cleanup_temp
  [[ -n ${SELECTED_PLAN:-} ]] && rm -f -- "$SELECTED_PLAN"
  ((RESULT_PRINTED)) || { FAILURE_REASON=${FAILURE_REASON:-"rollout.sh stopped unexpectedly (exit $rc)"}; emit_result false; }
}

# ------------------------------------------------------------------------------------------------
# The host lock

LOCK_FD=''
take_lock() {
  local dir="$ROOT/var/lock" holder t0 timeout=${META[lockTimeout]:-300}
  [[ -d $dir ]] || mkdir -p -- "$dir"
  exec {LOCK_FD}>>"$dir/berth.lock"
  now_ms; t0=$REPLY
  if ! flock -n "$LOCK_FD"; then
    holder=$(head -c 500 "$dir/berth.holder" 2>/dev/null | tr '\n' ' ' || true)
    log "host is locked by ${holder:-an unknown run}; waiting up to ${timeout}s"
    if ! flock -w "$timeout" "$LOCK_FD"; then
      holder=$(head -c 500 "$dir/berth.holder" 2>/dev/null | tr '\n' ' ' || true)
      now_ms; LOCK_WAIT_MS=$((REPLY - t0))
      fail "host lock $dir/berth.lock still held after ${timeout}s by: ${holder:-unknown holder}"
    fi
  fi
  now_ms; LOCK_WAIT_MS=$((REPLY - t0))
  TZ=UTC0 printf -v holder 'who=%s when=%(%Y-%m-%dT%H:%M:%SZ)T version=%s deploy=%s pid=%s' "${META[actor]:-?}" -1 \
    "${META[release]:-?}" "${META[deployId]:-?}" "$$"
  printf '%s\n' "${holder//$'\r'/}" >"$dir/berth.holder"
}

release_lock() {
  [[ -n $LOCK_FD ]] || return 0
  : >"$ROOT/var/lock/berth.holder" 2>/dev/null || true
  flock -u "$LOCK_FD" || true
}

# ------------------------------------------------------------------------------------------------
# Steps of a rollout

create_data_volumes() {
  local i
  local -a args=()
  for i in "${!VOL_NAME[@]}"; do
    [[ -n ${EXISTING[${VOL_NAME[$i]}]:-} ]] && continue
    pull_image "${VOL_IMAGE[$i]}"
    decode_list args "${VOL_ARGS[$i]}"
    local -a vargs=()
    local v
    for v in "${args[@]}"; do vargs+=(-v "$v"); done
    log "creating data volume container ${VOL_NAME[$i]}"
    docker create --name "${VOL_NAME[$i]}" --label "berth.app=${VOL_APP[$i]}" --label berth.kind=volume \
      "${vargs[@]}" -- "${VOL_IMAGE[$i]}" true >/dev/null || fail "could not create data volume container ${VOL_NAME[$i]}"
    TOUCHED[${VOL_NAME[$i]}]=1
  done
}

needs_redeploy() { # d -> 0 when the definition must be redeployed even if unchanged
  local d=$1 dep
  local -a deps=()
  [[ ${DEF_REDEPLOY[$d]} == 1 ]] && return 0
  [[ ${DEF_MODE[$d]} == auto && ${META[force]:-0} == 1 ]] && return 0
  decode_list deps "${DEP_RAW[$d]:-}"
  for dep in "${deps[@]}"; do
    [[ -n ${TOUCHED[$dep]:-} ]] && return 0
  done
  return 1
}

# Which copies change, and pull their images before anything is replaced.
declare -A COPY_PLAN=()
decide_copies() {
  local d c name
  local -a all=()
  for d in "${DEF_IDS[@]}"; do
    for c in ${COPY_LIST[$d]}; do all+=("${COPY_NAME[$d,$c]}"); done
  done
  [[ -S $ENGINE ]] || fail 'berth needs the docker engine on a local unix socket (DOCKER_HOST unix://... or /var/run/docker.sock)'
  prefetch_containers "${all[@]}"
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && { pull_image "${DEF_IMAGE[$d]}"; continue; }
    for c in ${COPY_LIST[$d]}; do
      name=${COPY_NAME[$d,$c]}
      inspect_container "$name" keep
      if ((C_EXISTS)) && [[ $C_RUNNING == true ]]; then
        if [[ ${DEF_MODE[$d]} == manual ]]; then
          [[ ${DEF_REDEPLOY[$d]} == 1 ]] && COPY_PLAN[$d,$c]=replace || COPY_PLAN[$d,$c]=keep
        elif [[ $C_HASH != "${DEF_HASH[$d]}" ]]; then
          COPY_PLAN[$d,$c]=replace
        else
          COPY_PLAN[$d,$c]=keep
        fi
      else
        COPY_PLAN[$d,$c]=start
      fi
      [[ ${COPY_PLAN[$d,$c]} == keep ]] && needs_redeploy "$d" && [[ ${DEF_MODE[$d]} == auto || ${DEF_REDEPLOY[$d]} == 1 ]] && COPY_PLAN[$d,$c]=replace
      [[ ${COPY_PLAN[$d,$c]} == keep ]] || pull_image "${DEF_IMAGE[$d]}"
    done
  done
  # Registry pulls may have failed before anything changed: that is the cheap place to stop.
  [[ -n $MIG_IMAGE ]] && pull_image "$MIG_IMAGE"
  return 0
}

run_migration() {
  [[ -z $MIG_IMAGE ]] && return 0
  local -a margs=() mcmd=()
  local t0 secs name rc=0
  decode_list margs "$MIG_ARGS"
  decode_list mcmd "$MIG_CMD"
  name="berth-migration-$$"
  build_env m
  now_ms; t0=$REPLY
  log "running the migration of $MIG_APP/$MIG_DEF in a throw-away container of $MIG_IMAGE"
  docker rm -f -- "$name" >/dev/null 2>&1 || true
  docker_with_env run --name "$name" --label "berth.app=$MIG_APP" --label berth.kind=migration "${margs[@]}" \
    "${ENV_ARGS[@]}" -- "$MIG_IMAGE" "${mcmd[@]}" 2>&1 | tee "$TEMP_DIR/migration.out" >&2 || rc=$?
  drop_env_file
  now_ms; secs_between "$t0" "$REPLY"; secs=$REPLY
  if ((rc != 0)); then
    MIGRATION_JSON="{\"ran\":true,\"ok\":false,\"seconds\":$secs}"
    if docker container inspect -- "$name" >/dev/null 2>&1; then
      container_log_tail "$name"
    else
      local line
      FAILURE_LOG=()
      while IFS= read -r line; do FAILURE_LOG+=("${line:0:LOG_LINE_CHARS}"); done < <(tail -n 20 "$TEMP_DIR/migration.out")
    fi
    docker rm -f -- "$name" >/dev/null 2>&1 || true
    FAILURE_CONTAINER=$name
    fail "the migration of $MIG_APP/$MIG_DEF failed (exit $rc); nothing was replaced"
  fi
  docker rm -f -- "$name" >/dev/null 2>&1 || true
  MIGRATION_JSON="{\"ran\":true,\"ok\":true,\"seconds\":$secs}"
}

deploy_definitions() {
  local d c
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && continue
    for c in ${COPY_LIST[$d]}; do
      # A dependency replaced earlier in this run forces a recreate now.
      if [[ ${COPY_PLAN[$d,$c]} == keep ]] && needs_redeploy "$d"; then COPY_PLAN[$d,$c]=replace; fi
      if [[ ${COPY_PLAN[$d,$c]} == keep ]]; then
        finish_swap
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" unchanged
      else
        deploy_copy "$d" "$c"
      fi
    done
    finish_swap
  done
}

write_file_atomic() { # path mode content
  local tmp
  [[ -d ${1%/*} ]] || mkdir -p -- "${1%/*}"
  tmp=$(mktemp "${1%/*}/.berth.XXXXXX")
  printf '%s' "$3" >"$tmp"
  # mktemp made it 0600.
  [[ $2 == 600 ]] || chmod "$2" "$tmp"
  mv -f -- "$tmp" "$1"
}

write_cron() {
  local i j content key val
  for j in "${!CRONENV_FILE_PATH[@]}"; do
    content=''
    for i in "${!ENV_OWNER[@]}"; do
      [[ ${ENV_OWNER[$i]} == "c:$j" ]] || continue
      value_of "${ENV_KIND[$i]}" "${ENV_VALUE[$i]}"; val=$REPLY; key=${ENV_KEY[$i]}
      [[ $val == *$'\n'* ]] && fail "cron env $key of ${CRONENV_FILE_DEF[$j]} holds a line break, which an env file cannot carry"
      content+="$key=$val"$'\n'
    done
    write_file_atomic "${CRONENV_FILE_PATH[$j]}" 600 "$content"
  done
  for i in "${!CRON_APP[@]}"; do
    log "writing cron file ${CRON_PATH[$i]}"
    write_file_atomic "${CRON_PATH[$i]}" 644 "${CRON_LINES[$i]:-}"
  done
}

# Surplus copies and definitions no longer in the plan, per app of the plan.
PRUNE_PID=''
start_prune() {
  prune_images >"$TEMP_DIR/pruned" &
  PRUNE_PID=$!
}

finish_prune() {
  [[ -n $PRUNE_PID ]] || return 0
  wait "$PRUNE_PID" || log "image cleanup failed; images are left as they were"
  PRUNE_PID=''
  mapfile -t PRUNED <"$TEMP_DIR/pruned"
}

cleanup_containers() {
  local app name kind d c line srv sock be
  local -A wanted=() ours=()
  for d in "${DEF_IDS[@]}"; do
    for c in ${COPY_LIST[$d]}; do wanted[${COPY_NAME[$d,$c]}]=1; done
  done
  for app in "${APPS[@]}"; do ours[$app]=1; done
  # The containers listed before the rollout: it added only the plan's copies and temporary ones.
  for line in "${LISTED[@]}"; do
    IFS='|' read -r name app kind srv sock be <<<"$line"
    [[ -z $app || -z ${ours[$app]:-} ]] && continue
    [[ $kind == volume || $kind == migration ]] && continue
    [[ -n ${wanted[$name]:-} ]] && continue
    [[ $name == *-berth-old || $name == *-berth-next ]] && continue
    remove_container "$name" "$srv" "$sock" "$be"
  done
}

# Removes the old containers of this run's replacements once their background stops are over (each
# bounded by its grace period).
drop_old_copies() {
  local entry d c
  local -a urls=()
  wait_stopping
  for entry in "${REPLACED[@]}"; do
    IFS='|' read -r d c _ <<<"$entry"
    urls+=("http://d/containers/${COPY_NAME[$d,$c]}-berth-old?force=1")
  done
  ((${#urls[@]} == 0)) && return 0
  api -X DELETE "${urls[@]}" >/dev/null || true
}

repo_of() { # image ref -> REPLY repository
  local ref=${1%%@*} last
  last=${ref##*/}
  [[ $last == *:* ]] && ref=${ref%:*}
  REPLY=$ref
}

# Runs in the background while copies are replaced (it only reads and removes old images); prints the
# refs it removed. Kept: the newest keepImages per repository, every image of the plan, every image a
# container was started from (docker itself refuses to remove an image id in use).
prune_images() {
  local keep=${META[keepImages]:-3} d repo id tag image
  local -A repos=() in_use=()
  for d in "${DEF_IDS[@]}"; do
    repo_of "${DEF_IMAGE[$d]}"; repos[$REPLY]=1
    in_use[${DEF_IMAGE[$d]}]=1
  done
  for image in "$MIG_IMAGE" "${VOL_IMAGE[@]}"; do [[ -n $image ]] && in_use[$image]=1; done
  while IFS= read -r image; do in_use[$image]=1; done < <(docker ps -a --format '{{.Image}}')
  for repo in "${!repos[@]}"; do
    local -A seen=()
    local n=0
    while IFS='|' read -r id tag _; do
      [[ -z $id ]] && continue
      if [[ -z ${seen[$id]:-} ]]; then seen[$id]=1; n=$((n + 1)); fi
      ((n <= keep)) && continue
      local ref=$repo:$tag
      [[ -n ${in_use[$ref]:-} || -n ${in_use[$id]:-} ]] && continue
      [[ $tag == '<none>' ]] && ref=$id
      if docker rmi -- "$ref" >/dev/null 2>&1; then
        log "pruned image $ref"
        printf '%s\n' "$ref"
      fi
    done < <(docker image ls --no-trunc --format '{{.ID}}|{{.Tag}}|{{.CreatedAt}}' -- "$repo" | sort -t '|' -k3,3r)
    unset seen
  done
}

app_file() { REPLY=${1//\//_}; }

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

# ------------------------------------------------------------------------------------------------
# Modes

mode_rollout() {
  parse_plan "$PLAN_FILE"
  make_temp_dir
  take_lock
  log "rollout ${META[release]:-} (${META[deployId]:-}) on ${META[hostname]:-$(hostname)} as ${META[actor]:-?}"
  resolve_secrets
  registry_logins
  decide_copies
  start_prune
  create_data_volumes
  run_migration
  deploy_definitions
  write_cron
  log "cleaning up"
  cleanup_containers
  finish_prune
  # Replaced copies have been stopping in the background since their swaps; meanwhile the state is
  # written (its failure, as before, fails the run without a restore).
  write_state &
  drop_old_copies
  REPLACED=()
  wait $!
  release_lock
  cleanup_temp
  log "rollout done"
  emit_result true
}

# berth:only state
mode_state() {
  parse_plan "$PLAN_FILE"
  local d c
  for d in "${DEF_IDS[@]}"; do
    [[ ${DEF_MODE[$d]} == cron ]] && continue
    for c in ${COPY_LIST[$d]}; do
      inspect_container "${COPY_NAME[$d,$c]}"
      if ((C_EXISTS)) && [[ $C_HASH == "${DEF_HASH[$d]}" ]]; then
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" unchanged
      else
        record_copy "$d" "$c" "${COPY_NAME[$d,$c]}" outdated
      fi
    done
  done
  local ok=true entry
  for entry in "${COPY_RESULTS[@]}"; do
    [[ $entry == *'"health":"healthy"'* || $entry == *'"health":"none"'* ]] || ok=false
    [[ $entry == *'"action":"outdated"'* ]] && ok=false
  done
  [[ $ok == false ]] && FAILURE_REASON='some copies are missing, unhealthy or not what the plan says'
  emit_result "$ok"
  [[ $ok == true ]]
}
# berth:end

# berth:only history
# The plans this host ran successfully (recorded by write_state), newest first, per app of the plan:
# release, deploy id, revision and the image of each auto and manual definition. Read as data.
history_entry() { # file app -> REPLY (JSON object, empty when the file is not a readable raw plan)
  local file=$1 app=$2 line name at deploy_id='' release='' revision='' images=''
  local -a R=()
  REPLY=''
  {
    IFS= read -r line || return 0
    [[ $line == 'berth-plan-raw 1' ]] || return 0
    while IFS= read -r -d "$RS" line || [[ -n $line ]]; do
      line=${line#$'\n'}
      decode_list R "$line"
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
# berth:end

# berth:only preflight
mode_preflight() {
  local -a missing=()
  local cmd hostname public_ip='' instance_id='' docker_version='' free_mb=0 root=/
  for cmd in docker flock curl socat aws base64 gzip; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  [[ -n $ENGINE && -S $ENGINE ]] || missing+=('docker engine on a local unix socket (DOCKER_HOST=unix://... or /var/run/docker.sock)')
  if [[ -n $PLAN_FILE ]]; then
    parse_plan "$PLAN_FILE"
    root=${ROOT:-/}
  fi
  [[ -z $root ]] && root=/
  hostname=$(hostname 2>/dev/null || cat /etc/hostname 2>/dev/null || true)
  if command -v docker >/dev/null 2>&1; then
    docker_version=$(docker version -f '{{.Server.Version}}' 2>/dev/null || true)
    [[ -z $docker_version ]] && missing+=('docker engine (not reachable)')
  fi
  imds_get meta-data/public-ipv4; public_ip=$REPLY
  imds_get meta-data/instance-id; instance_id=$REPLY
  [[ $public_ip =~ ^[0-9a-fA-F.:]+$ ]] || public_ip=''
  [[ $instance_id =~ ^[A-Za-z0-9-]+$ ]] || instance_id=''
  free_mb=$(df -Pm -- "$root" 2>/dev/null | awk 'NR==2 {print $4}' || true)
  is_uint "${free_mb:-x}" || free_mb=0
  META[hostname]=$hostname
  [[ -z ${META[instanceId]:-} ]] && META[instanceId]=$instance_id
  local f
  json_str "$hostname"; f="{\"hostname\":$REPLY"
  json_str "$public_ip"; f+=",\"publicIp\":$REPLY"
  json_str "$instance_id"; f+=",\"instanceId\":$REPLY"
  json_str "$docker_version"; f+=",\"dockerVersion\":$REPLY,\"freeDiskMb\":$free_mb"
  json_str_array "${missing[@]}"; f+=",\"missing\":$REPLY}"
  FACTS_JSON=$f
  if ((${#missing[@]} > 0)); then
    FAILURE_REASON="missing on this host: ${missing[*]}"
    emit_result false
    return 1
  fi
  emit_result true
}
# berth:end

trap 'on_error $LINENO' ERR
trap on_exit EXIT

USAGE='usage: rollout.sh rollout PLANFILE | preflight [PLANFILE] | state PLANFILE | history PLANFILE'
case $MODE in
  rollout|state|history) [[ -n $PLAN_FILE ]] || plan_error "$USAGE" ;;
  preflight) ;;
  *)
    MODE=preflight
    plan_error "$USAGE"
    ;;
esac
# berth:only set
[[ -n $PLAN_FILE ]] && select_host_plan
# berth:end
case $MODE in
  rollout) mode_rollout ;;
  state)
    trap - ERR
    mode_state
    ;;
  history)
    trap - ERR
    mode_history
    ;;
  preflight)
    trap - ERR
    mode_preflight
    ;;
esac
