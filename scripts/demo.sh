#!/usr/bin/env bash
# The one-command demo: installs what is missing, then deploys v1, v2 under load, v3 (its app never
# becomes healthy: refused at the health gate), v4 (its migration fails: refused, nothing replaced) and
# rolls back without naming a version, all on this machine (loopback only), by running the bundled
# action (dist/index.js) the way a GitHub runner does. Last line: a JSON report. Non-zero exit when any
# step did not do what it claims. Options: --fresh-bundle (bundle src/ first), --quiet (hide action logs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ $(id -u) -ne 0 ]]; then
  echo "demo: run as root (it starts Docker engines and installs packages)" >&2
  exit 2
fi
if [[ -f scripts/setup.sh ]]; then
  bash scripts/setup.sh
elif [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi
exec node --import tsx scripts/demo.ts "$@"
