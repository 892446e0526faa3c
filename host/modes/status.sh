# status: what runs on this host, read without a release plan (the command's plan gives only the root):
# every container berth started (its berth.* labels, image, health), each app's state file, the last
# converge result (converge.json, carried as base64 for the runner to read), and the host's facts as
# preflight reads them. Changes nothing.
STATUS_MAX_CONTAINERS=60
mode_status() {
  local out names id st image app def slot hash release deploy role health running name n
  local containers='' apps='' facts converge='' file text count=0 skipped=0
  local -a parts=()
  if ! out=$(docker ps -a --no-trunc --filter label=berth.app --format '{{.Names}}|{{.ID}}|{{.Status}}|{{.Image}}|{{.Label "berth.app"}}|{{.Label "berth.definition"}}|{{.Label "berth.slot"}}|{{.Label "berth.hash"}}|{{.Label "berth.release"}}|{{.Label "berth.deploy"}}|{{.Label "berth.role"}}' 2>&1); then
    FAILURE_REASON="docker ps failed: ${out:0:300}"
    emit_result false
    return 1
  fi
  while IFS='|' read -r names id st image app def slot hash release deploy role; do
    [[ -n $id ]] || continue
    # Untruncated, a linked container is also listed under its links' names (with a slash).
    name=''
    IFS=, read -r -a parts <<<"$names"
    for n in "${parts[@]}"; do [[ $n == */* ]] || name=$n; done
    [[ -n $name && $role != migration ]] || continue
    if ((count >= STATUS_MAX_CONTAINERS)); then skipped=$((skipped + 1)); continue; fi
    count=$((count + 1))
    running=false health=none
    [[ $st == Up* || $st == Restarting* ]] && running=true
    [[ $running == false ]] && health=stopped
    # shellcheck disable=SC2128 # the whole match
    [[ $st =~ \((healthy|unhealthy|health:\ starting)\) ]] && { health=${BASH_REMATCH//[()]/}; health=${health#health: }; }
    local j
    json_str "$name"; j="{\"name\":$REPLY"
    json_str "$app"; j+=",\"app\":$REPLY"
    json_str "$def"; j+=",\"definition\":$REPLY"
    json_str "$slot"; j+=",\"slot\":$REPLY"
    json_str "$image"; j+=",\"image\":$REPLY,\"running\":$running,\"health\":\"$health\""
    json_str "$hash"; j+=",\"hash\":$REPLY"
    json_str "$release"; j+=",\"release\":$REPLY"
    json_str "$deploy"; j+=",\"deployId\":$REPLY}"
    containers+="${containers:+,}$j"
  done <<<"$out"
  # Each app's state (records.sh write_state): its first fields, which write_state puts in this order.
  local re='^\{"deployId":("([^"\\]|\\.)*"),"release":("([^"\\]|\\.)*"),"at":("[^"\\]*"),"app":("([^"\\]|\\.)*")'
  for file in "$ROOT"/var/lib/berth/*.state; do
    [[ -f $file ]] || continue
    IFS= read -r text <"$file" || true
    [[ $text =~ $re ]] || continue
    apps+="${apps:+,}{\"app\":${BASH_REMATCH[6]},\"deployId\":${BASH_REMATCH[1]},\"release\":${BASH_REMATCH[3]},\"at\":${BASH_REMATCH[5]}}"
  done
  file="$ROOT/var/lib/berth/converge.json"
  if [[ -f $file ]] && (($(wc -c <"$file") <= 6000)); then
    converge=$(base64 <"$file" | tr -d '\n')
  fi
  status_facts; facts=$REPLY
  MODE_JSON="{\"facts\":$facts,\"containers\":[$containers],\"containersLeftOut\":$skipped,\"apps\":[$apps]"
  [[ -n $converge ]] && MODE_JSON+=",\"convergeBase64\":\"$converge\""
  MODE_JSON+='}'
  emit_result true
}

# The host's name, public IP and instance id, read as preflight reads them (REPLY: a JSON object).
status_facts() {
  local hostname public_ip instance_id f
  hostname=$(hostname 2>/dev/null || cat /etc/hostname 2>/dev/null || true)
  imds_get meta-data/public-ipv4; public_ip=$REPLY
  imds_get meta-data/instance-id; instance_id=$REPLY
  [[ $public_ip =~ ^[0-9a-fA-F.:]+$ ]] || public_ip=''
  [[ $instance_id =~ ^[A-Za-z0-9-]+$ ]] || instance_id=''
  [[ -z ${META[instanceId]:-} ]] && META[instanceId]=$instance_id
  json_str "$hostname"; f="{\"hostname\":$REPLY"
  json_str "$public_ip"; f+=",\"publicIp\":$REPLY"
  json_str "$instance_id"; f+=",\"instanceId\":$REPLY}"
  REPLY=$f
}
