# preflight: check the host's prerequisites and report its facts.
mode_preflight() {
  local -a missing=()
  local cmd hostname public_ip='' instance_id='' docker_version='' free_mb=0
  for cmd in docker flock curl socat aws base64 gzip; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  [[ -n $ENGINE && -S $ENGINE ]] || missing+=('docker engine on a local unix socket (DOCKER_HOST=unix://... or /var/run/docker.sock)')
  # Without a plan the root is known only when the environment gives it; the disk checked is then /.
  if [[ -n $PLAN_FILE ]]; then
    parse_plan "$PLAN_FILE"
  elif [[ -n ${BERTH_HOST_ROOT:-} ]]; then
    set_root /
  fi
  hostname=$(hostname 2>/dev/null || cat /etc/hostname 2>/dev/null || true)
  if command -v docker >/dev/null 2>&1; then
    docker_version=$(docker version -f '{{.Server.Version}}' 2>/dev/null || true)
    [[ -z $docker_version ]] && missing+=('docker engine (not reachable)')
  fi
  imds_get meta-data/public-ipv4; public_ip=$REPLY
  imds_get meta-data/instance-id; instance_id=$REPLY
  [[ $public_ip =~ ^[0-9a-fA-F.:]+$ ]] || public_ip=''
  [[ $instance_id =~ ^[A-Za-z0-9-]+$ ]] || instance_id=''
  free_mb=$(df -Pm -- "${HOST_ROOT:-/}" 2>/dev/null | awk 'NR==2 {print $4}' || true)
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
  # With a plan (its root and apps), the deploy's first command also reads what a separate round read.
  [[ -n $PLAN_FILE ]] && preflight_reads
  emit_result true
}

# What the runner decides "before" from, in the same answer (the result's `preflight` and `history`):
# the plan's apps' containers (hash, image, health, as status lists them), the plans the host recorded
# (the summary's names), and its last run's durations per app state (the expected time of this one).
PREFLIGHT_CONTAINERS='' PREFLIGHT_COUNT=0
preflight_container() {
  local app known=0
  for app in "${APPS[@]}"; do [[ $app == "$B_APP" ]] && known=1; done
  ((known && PREFLIGHT_COUNT < STATUS_MAX_CONTAINERS)) || return 0
  PREFLIGHT_COUNT=$((PREFLIGHT_COUNT + 1))
  listed_container_json
  PREFLIGHT_CONTAINERS+="${PREFLIGHT_CONTAINERS:+,}$REPLY}"
}

preflight_reads() {
  local app seconds='' migration=0 overhead=0 listed=true found mig ovh
  each_berth_container preflight_container || listed=false
  # 4 for a deploy (the summary's names); a rollback from the hosts' records asks for all 10.
  history_entries "${META[historyDepth]:-4}"
  HISTORY_JSON="[$REPLY]"
  for app in "${APPS[@]}"; do
    app_file "$app"
    state_figures "$ROOT/var/lib/berth/$REPLY.state"
    IFS='|' read -r found mig ovh <<<"$REPLY"
    [[ -n $found ]] && seconds+="${seconds:+,}$found"
    [[ -n $mig ]] && migration=$mig
    [[ -n $ovh ]] && overhead=$ovh
  done
  MODE_JSON="{\"listed\":$listed,\"containers\":[$PREFLIGHT_CONTAINERS],\"lastRun\":{\"startToHealthy\":[$seconds],\"migrationSeconds\":$migration,\"overheadSeconds\":$overhead}}"
}
