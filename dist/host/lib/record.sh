# One copy's entry in the HostResult (`copies`), with the app it belongs to (for the state files).
declare -a COPY_RESULT_APP=()
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
