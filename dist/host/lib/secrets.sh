# Secrets and registry logins: %{ssm:...} values from Parameter Store, env arguments that keep
# secret values out of argv, `docker login` with a temporary client config.

# Parameter Store name -> its value, filled by resolve_secrets.
declare -A SECRET=()

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

# Resolves every %{ssm:...} reference of the plan with the AWS CLI, 10 a call. A reference is a name or
# `name:version` (the version the deploy pinned); get-parameters answers a selector with the plain Name
# and the Selector (`:3`), so a value is filed under Name+Selector, the reference as the plan wrote it.
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
    [[ $n =~ ^[A-Za-z0-9_./-]+(:[0-9]+)?$ ]] || fail "Parameter Store name '$n' has characters SSM does not allow"
    unique+=("$n")
  done
  ((${#unique[@]} == 0)) && return 0
  command -v aws >/dev/null || fail 'the plan names Parameter Store secrets but the AWS CLI (aws) is not installed on this host'
  log "resolving ${#unique[@]} secret(s) from Parameter Store"
  local out line name='' selector='' state=0
  for ((i = 0; i < ${#unique[@]}; i += 10)); do
    batch=("${unique[@]:i:10}")
    cmd=(aws ssm get-parameters --with-decryption --output json --query 'Parameters[].[Name,Selector,Value]' --names "${batch[@]}")
    [[ -n ${META[awsRegion]:-} ]] && cmd+=(--region "${META[awsRegion]}")
    [[ -n ${META[awsEndpoint]:-} ]] && cmd+=(--endpoint-url "${META[awsEndpoint]}")
    if ! out=$("${cmd[@]}" 2>"$TEMP_DIR/aws.err"); then
      fail "aws ssm get-parameters failed: $(head -c 400 "$TEMP_DIR/aws.err" | tr '\n' ' ')"
    fi
    # The JSON is an array of [name, selector, value] triples; the CLI prints one item per line, a
    # missing selector as null.
    state=0
    while IFS= read -r line; do
      line=${line##+([[:space:]])}
      line=${line%,}
      if [[ $line == null ]]; then
        REPLY=''
      elif [[ $line == \"* ]]; then
        json_unquote "$line"
      else
        continue
      fi
      case $state in
        0) name=$REPLY; state=1 ;;
        1) selector=$REPLY; state=2 ;;
        *) SECRET[$name$selector]=$REPLY; state=0 ;;
      esac
    done <<<"$out"
  done
  local -a missing=() expired=()
  for n in "${unique[@]}"; do
    [[ -n ${SECRET[$n]+x} ]] && continue
    if [[ $n == *:* ]]; then expired+=("$n"); else missing+=("$n"); fi
  done
  ((${#expired[@]} == 0)) || fail "Parameter Store has no version ${expired[*]} (name:version): the parameter is gone, or the version is older than the last 100 it keeps; deploy a plan of the current versions instead"
  ((${#missing[@]} == 0)) || fail "Parameter Store has no readable parameter named: ${missing[*]} (check the name and the instance role's ssm:GetParameters/kms:Decrypt)"
}

# The secret versions a definition's copies run with (REPLY), kept on each container as the label
# berth.secrets: `v1` then ` KEY=VERSION` per Parameter Store env value in plan order (`latest` for a
# reference without a version). Names only and versions, never a value or a digest of one.
secrets_label() { # d
  local i label=v1 ref
  for i in "${!ENV_OWNER[@]}"; do
    [[ ${ENV_OWNER[$i]} == "$1" && ${ENV_KIND[$i]} == ssm ]] || continue
    ref=${ENV_VALUE[$i]}
    if [[ $ref =~ :([0-9]+)$ ]]; then label+=" ${ENV_KEY[$i]}=${BASH_REMATCH[1]}"; else label+=" ${ENV_KEY[$i]}=latest"; fi
  done
  REPLY=$label
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
  DOCKER_CONFIG_DIR=$(mktemp -d "$ROOT/var/lib/berth/docker-config.$$.XXXXXX")
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
