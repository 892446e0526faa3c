# logs: one container's recent log (`docker logs --tail N`), every secret value the host gave that
# container redacted before anything is printed, bounded to fit Run Command's output (the oldest lines
# are cut, and the result says how many). The command's plan gives the root and, as meta records,
# `logsTarget` (a container name, or a definition as NAME or APP/NAME: its first copy, running first)
# and `logTailLines`.
LOGS_MAX_LINES=5000
# What the lines may take in the result (JSON text): the rest of the 20,000 characters is the result's own.
LOGS_BUDGET_CHARS=16000
mode_logs() {
  local target=${META[logsTarget]:-} want=${META[logTailLines]:-100} out name app def role st
  local chosen='' chosen_app='' chosen_def='' others='' line cut=0 size=0 total first shown=''
  local -a candidates=() lines=() encoded=()
  [[ -n $target ]] || plan_error 'the logs command names no container (meta logsTarget)'
  is_uint "$want" && ((want >= 1)) || want=100
  ((want > LOGS_MAX_LINES)) && want=$LOGS_MAX_LINES
  if ! out=$(docker ps -a --no-trunc --filter label=berth.app --format '{{.Names}}|{{.Label "berth.app"}}|{{.Label "berth.definition"}}|{{.Label "berth.role"}}|{{.Status}}' 2>&1); then
    FAILURE_REASON="docker ps failed: ${out:0:300}"
    emit_result false
    return 1
  fi
  # Running copies first, then by name: the first one that matches is shown, the others named.
  while IFS='|' read -r name app def role st; do
    [[ -n $name && $name != */* && $role != migration ]] || continue
    if [[ $name == "$target" || $def == "$target" || "$app/$def" == "$target" ]]; then
      candidates+=("$([[ $st == Up* ]] && echo 0 || echo 1)|$name|$app|$def")
    fi
  done <<<"$out"
  if ((${#candidates[@]} == 0)); then
    FAILURE_REASON="no container of berth's is named $target or runs the definition $target on this host"
    emit_result false
    return 1
  fi
  mapfile -t candidates < <(printf '%s\n' "${candidates[@]}" | sort)
  IFS='|' read -r _ chosen chosen_app chosen_def <<<"${candidates[0]}"
  for line in "${candidates[@]:1}"; do
    IFS='|' read -r _ name _ _ <<<"$line"
    json_str "$name"; others+="${others:+,}$REPLY"
  done
  logs_secret_values "$chosen" "$chosen_app" "$chosen_def"
  mapfile -t lines < <(docker logs --tail "$want" -- "$chosen" 2>&1 | valid_utf8 | tail -n "$want")
  total=${#lines[@]}
  # Newest first until the budget is spent: the oldest lines are the ones cut.
  local i
  first=$total
  for ((i = total - 1; i >= 0; i--)); do
    redact_line "${lines[$i]}"
    json_str "${REPLY:0:2000}"
    ((size + ${#REPLY} + 1 > LOGS_BUDGET_CHARS)) && break
    size=$((size + ${#REPLY} + 1))
    encoded[i]=$REPLY
    first=$i
  done
  for ((i = first; i < total; i++)); do shown+="${shown:+,}${encoded[$i]}"; done
  cut=$first
  ((cut > 0)) && log "the log's $cut oldest line(s) are cut to fit Run Command's output"
  json_str "$chosen"; MODE_JSON="{\"container\":$REPLY"
  json_str "$chosen_app"; MODE_JSON+=",\"app\":$REPLY"
  json_str "$chosen_def"; MODE_JSON+=",\"definition\":$REPLY,\"others\":[$others]"
  MODE_JSON+=",\"requested\":$want,\"cut\":$cut,\"redactedValues\":${#REDACT_VALUES[@]}"
  MODE_JSON+=",\"lines\":[$shown]}"
  emit_result true
}

# The values to redact: every env value of the container whose key is a secret. A key is a secret when
# the container's berth.secrets label names it (Parameter Store values) or the newest plan this host
# recorded for its app marks it (secret or ssm); a container with neither (not started by this berth)
# gets every env value redacted but the few the image and docker set.
declare -a REDACT_VALUES=()
logs_secret_values() { # container app definition
  local label env_text key value part entry
  local -a named=()
  local -A secret_keys=()
  REDACT_VALUES=()
  label=$(docker inspect --format '{{index .Config.Labels "berth.secrets"}}' -- "$1" 2>/dev/null || true)
  read -r -a named <<<"${label#v1}"
  for entry in "${named[@]}"; do secret_keys[${entry%%=*}]=1; done
  recorded_secret_keys "$2" "$3"
  for key in "${RECORDED_SECRET_KEYS[@]}"; do secret_keys[$key]=1; done
  local known=0
  [[ $label == v1* || ${#RECORDED_SECRET_KEYS[@]} -gt 0 ]] && known=1
  env_text=$(docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' -- "$1" 2>/dev/null || true)
  while IFS= read -r entry; do
    [[ $entry == *=* ]] || continue
    key=${entry%%=*} value=${entry#*=}
    [[ -n $value ]] || continue
    if ((known)); then
      [[ -n ${secret_keys[$key]:-} ]] || continue
    else
      case $key in PATH | HOME | HOSTNAME | TERM | LANG | container) continue ;; esac
    fi
    REDACT_VALUES+=("$value")
  done <<<"$env_text"
  # A value with line breaks reaches docker through its environment: each of its lines is redacted too.
  for value in "${REDACT_VALUES[@]}"; do
    [[ $value == *$'\n'* ]] || continue
    while IFS= read -r part; do [[ -n $part ]] && REDACT_VALUES+=("$part"); done <<<"$value"
  done
  longest_first
}

# REDACT_VALUES sorted by length, longest first, so that a value holding another is redacted whole.
longest_first() {
  local i j swap
  for ((i = 1; i < ${#REDACT_VALUES[@]}; i++)); do
    for ((j = i; j > 0 && ${#REDACT_VALUES[j]} > ${#REDACT_VALUES[j - 1]}; j--)); do
      swap=${REDACT_VALUES[j]}; REDACT_VALUES[j]=${REDACT_VALUES[j - 1]}; REDACT_VALUES[j - 1]=$swap
    done
  done
}

# The env keys the newest plan recorded for the app marks secret for the definition (RECORDED_SECRET_KEYS).
declare -a RECORDED_SECRET_KEYS=()
recorded_secret_keys() { # app definition
  local dir file line d=''
  local -a files=() R=()
  local -A def_of=()
  RECORDED_SECRET_KEYS=()
  [[ -n $1 ]] || return 0
  app_file "$1"
  dir="$ROOT/var/lib/berth/plans/$REPLY"
  [[ -d $dir ]] || return 0
  mapfile -t files < <(cd -- "$dir" && compgen -G '*.plan' | sort -r | head -n 1)
  ((${#files[@]} > 0)) || return 0
  file="$dir/${files[0]}"
  {
    IFS= read -r line || return 0
    [[ $line == "$PLAN_HEADER" ]] || return 0
    while next_record R; do
      case ${R[0]:-} in
        def) def_of[${R[1]:-}]=${R[3]:-} ;;
        env)
          d=${R[1]:-}
          [[ ${def_of[$d]:-} == "$2" ]] || continue
          [[ ${R[5]:-} == 1 || ${R[3]:-} == ssm ]] && RECORDED_SECRET_KEYS+=("${R[2]:-}")
          ;;
      esac
    done
  } <"$file"
  return 0
}

# $1 with every secret value replaced by [redacted] (REPLY).
redact_line() {
  local text=$1 value
  for value in "${REDACT_VALUES[@]}"; do
    text=${text//"$value"/[redacted]}
  done
  REPLY=$text
}
