# Docker: the engine API through its unix socket, the containers and images the run looks at.

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
    # A copy kept by its legacy label runs by the hash a rollout recorded for it (adopt_hash, record.sh).
    [[ -f $ROOT/var/lib/berth/hashes/$id ]] && read -r hash <"$ROOT/var/lib/berth/hashes/$id"
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
