# Instance metadata, for the preflight's facts and for a host that must find its plan in a set.

IMDS_URL=${BERTH_IMDS_URL:-http://169.254.169.254}

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
