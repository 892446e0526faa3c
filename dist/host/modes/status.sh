# status: what runs on this host, read without a release plan (the command's plan gives only the root):
# every container berth started (its berth.* labels, image, health), each app's state file, the last
# converge result (converge.json, carried as base64 for the runner to read), and the host's facts as
# preflight reads them. Changes nothing.
STATUS_CONTAINERS='' STATUS_COUNT=0 STATUS_SKIPPED=0
status_container() {
  if ((STATUS_COUNT >= STATUS_MAX_CONTAINERS)); then STATUS_SKIPPED=$((STATUS_SKIPPED + 1)); return 0; fi
  STATUS_COUNT=$((STATUS_COUNT + 1))
  local j
  listed_container_json; j=$REPLY
  json_str "$B_SLOT"; j+=",\"slot\":$REPLY"
  json_str "$B_RELEASE"; j+=",\"release\":$REPLY"
  json_str "$B_DEPLOY"; j+=",\"deployId\":$REPLY}"
  STATUS_CONTAINERS+="${STATUS_CONTAINERS:+,}$j"
}

mode_status() {
  local apps='' facts converge='' file text
  if ! each_berth_container status_container; then
    FAILURE_REASON=$REPLY
    emit_result false
    return 1
  fi
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
  MODE_JSON="{\"facts\":$facts,\"containers\":[$STATUS_CONTAINERS],\"containersLeftOut\":$STATUS_SKIPPED,\"apps\":[$apps]"
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
