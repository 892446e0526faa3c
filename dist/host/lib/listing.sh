# What a host has, listed the same way for the modes that read it (status, history, preflight): the
# containers berth started, and the plans the host recorded.

# At most this many containers in an answer (Run Command keeps 24,000 characters of output).
STATUS_MAX_CONTAINERS=60

# Each container berth started (a migration's aside), as docker lists it: calls "$1" with its fields in
# B_NAME B_APP B_DEF B_SLOT B_IMAGE B_RUNNING B_HEALTH B_HASH (adopt_hash's record if any) B_RELEASE B_DEPLOY. Fails (REPLY: why)
# when docker does not answer.
B_NAME='' B_APP='' B_DEF='' B_SLOT='' B_IMAGE='' B_RUNNING=false B_HEALTH='' B_HASH='' B_RELEASE='' B_DEPLOY=''
each_berth_container() {
  local callback=$1 out names id st role n
  local -a parts=()
  if ! out=$(docker ps -a --no-trunc --filter label=berth.app --format '{{.Names}}|{{.ID}}|{{.Status}}|{{.Image}}|{{.Label "berth.app"}}|{{.Label "berth.definition"}}|{{.Label "berth.slot"}}|{{.Label "berth.hash"}}|{{.Label "berth.release"}}|{{.Label "berth.deploy"}}|{{.Label "berth.role"}}' 2>&1); then
    REPLY="docker ps failed: ${out:0:300}"
    return 1
  fi
  while IFS='|' read -r names id st B_IMAGE B_APP B_DEF B_SLOT B_HASH B_RELEASE B_DEPLOY role; do
    [[ -n $id ]] || continue
    # Untruncated, a linked container is also listed under its links' names (with a slash).
    B_NAME=''
    IFS=, read -r -a parts <<<"$names"
    for n in "${parts[@]}"; do [[ $n == */* ]] || B_NAME=$n; done
    [[ -n $B_NAME && $role != migration ]] || continue
    [[ -f $ROOT/var/lib/berth/hashes/$id ]] && read -r B_HASH <"$ROOT/var/lib/berth/hashes/$id"
    B_RUNNING=false B_HEALTH=none
    [[ $st == Up* || $st == Restarting* ]] && B_RUNNING=true
    [[ $B_RUNNING == false ]] && B_HEALTH=stopped
    # shellcheck disable=SC2128 # the whole match
    [[ $st =~ \((healthy|unhealthy|health:\ starting)\) ]] && { B_HEALTH=${BASH_REMATCH//[()]/}; B_HEALTH=${B_HEALTH#health: }; }
    "$callback"
  done <<<"$out"
  return 0
}

# The listed container (each_berth_container's fields) as a JSON object (REPLY) without its closing
# brace: what preflight answers of it (status adds its slot, release and deploy).
listed_container_json() {
  local j
  json_str "$B_NAME"; j="{\"name\":$REPLY"
  json_str "$B_APP"; j+=",\"app\":$REPLY"
  json_str "$B_DEF"; j+=",\"definition\":$REPLY"
  json_str "$B_IMAGE"; j+=",\"image\":$REPLY,\"running\":$B_RUNNING,\"health\":\"$B_HEALTH\""
  json_str "$B_HASH"; REPLY="$j,\"hash\":$REPLY"
}

# The newest $1 recorded plans of each app of the plan, as history entries (REPLY: comma-separated).
history_entries() {
  local most=$1 app dir entries='' file
  local -a files=()
  for app in "${APPS[@]}"; do
    app_file "$app"
    dir="$ROOT/var/lib/berth/plans/$REPLY"
    [[ -d $dir ]] || continue
    mapfile -t files < <(cd -- "$dir" && compgen -G '*.plan' | sort -r | head -n "$most")
    for file in "${files[@]}"; do
      history_entry "$dir/$file" "$app"
      [[ -n $REPLY ]] && entries+="${entries:+,}$REPLY"
    done
  done
  REPLY=$entries
}
