#!/usr/bin/env bash
# berth host script: runs on each Docker host (sent with every SSM command, so host and action agree).
#   bash rollout.sh rollout PLANFILE | preflight [PLANFILE] | state PLANFILE | history PLANFILE | restore PLANFILE
# It is joined from the parts under host/ for one mode (src/host/parts.ts lists them); this part
# comes first. The plan is DATA (records of raw fields, see src/stack/host-plan.ts): it is split into
# bash variables and arrays, never evaluated. Progress goes to stderr; stdout carries only the final
# HostResult JSON line (SSM keeps the first 24,000 characters of stdout).
set -eEuo pipefail
shopt -s extglob
export LC_COLLATE=C

if [[ -z ${BASH_VERSINFO:-} || ${BASH_VERSINFO[0]} -lt 4 || ( ${BASH_VERSINFO[0]} -eq 4 && ${BASH_VERSINFO[1]} -lt 4 ) ]]; then
  echo 'berth: bash 4.4 or newer is required' >&2
  exit 2
fi

# Everything a command prints goes to stderr; the result goes to the saved stdout (fd 3).
exec 3>&1 1>&2
umask 077

MODE=${1:-}
PLAN_FILE=${2:-}
MAX_RESULT_CHARS=20000
LOG_LINE_CHARS=300
