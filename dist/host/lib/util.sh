# Small helpers every mode uses: clock, progress, JSON text, lists.

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

# The durations an app's state file (records.sh write_state) holds, for the next run's expected time:
# REPLY `STH,...|MIGRATION|OVERHEAD`: every startToHealthy (its copies' and its `earlier` ones), the
# migrationSeconds and the overheadSeconds, each part empty when the file has none.
state_figures() {
  local text='' found='' migration='' overhead=''
  [[ -f $1 ]] && { IFS= read -r text <"$1" || true; }
  [[ $text =~ \"migrationSeconds\":([0-9]+(\.[0-9]+)?) ]] && migration=${BASH_REMATCH[1]}
  [[ $text =~ \"overheadSeconds\":([0-9]+(\.[0-9]+)?) ]] && overhead=${BASH_REMATCH[1]}
  while [[ $text =~ \"startToHealthy\":([0-9]+(\.[0-9]+)?) ]]; do
    found+="${found:+,}${BASH_REMATCH[1]}"
    text=${text#*"${BASH_REMATCH[0]}"}
  done
  REPLY="$found|$migration|$overhead"
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

# The on-host file name of an app (its plans and state): slashes become underscores.
app_file() { REPLY=${1//\//_}; }

# Lists (argv arrays) are kept as one string, each element ended by the unit separator 0x1F,
# so an empty element survives and no value is ever split by the shell.
US=$'\x1f'
RS=$'\x1e'

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
