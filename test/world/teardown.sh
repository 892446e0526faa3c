#!/usr/bin/env bash
# Stops everything a local world started, from its state directory alone, then removes the directory.
# Used by World.stop(), by `npm run world -- down`, and by the reaper when the test process died; on one
# host's directory (DIR/hN, its engine directly inside) by World.removeHost, when that host leaves.
#   teardown.sh DIR                 stop now
#   teardown.sh --when-gone PID DIR wait until process PID is gone (or DIR removed), then stop
set -u

if [ "${1:-}" = "--when-gone" ]; then
  watched=$2
  dir=$3
  while [ -d "$dir" ] && kill -0 "$watched" 2>/dev/null; do sleep 1; done
  [ -d "$dir" ] || exit 0
else
  dir=${1:?usage: teardown.sh DIR}
fi
case "$dir" in
  /tmp/bw-*) ;;
  *) echo "teardown.sh: refusing to tear down $dir (not a world dir /tmp/bw-*)" >&2; exit 2 ;;
esac
[ -d "$dir" ] || exit 0
docker_client=/usr/bin/docker
[ -x "$docker_client" ] || docker_client=docker

# Containers first, while their engines still answer, so no container process outlives its engine.
for sock in "$dir"/d.sock "$dir"/*/d.sock; do
  [ -S "$sock" ] || continue
  ids=$(timeout 10 "$docker_client" -H "unix://$sock" ps -aq 2>/dev/null)
  if [ -n "$ids" ]; then
    # shellcheck disable=SC2086 # one id per word
    timeout 20 "$docker_client" -H "unix://$sock" rm -f $ids >/dev/null 2>&1
  fi
done

# Daemons the world recorded (dockerd per host, registry, haproxy, servers of the CLI world).
pids=()
for pidfile in "$dir"/dockerd.pid "$dir"/*/dockerd.pid "$dir"/pids/*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile" 2>/dev/null)
  case "$pid" in ''|*[!0-9]*) continue ;; esac
  kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
done
# Alive = exists and is not a zombie (a parent that spawned the daemon may not have reaped it yet).
running() {
  local state
  state=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}
for _ in $(seq 1 100); do
  alive=0
  for pid in "${pids[@]}"; do running "$pid" && alive=1; done
  [ "$alive" = 0 ] && break
  sleep 0.1
done
for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done

# Anything else still naming the world dir (containerd, shims, stray dockerd): killed by pid.
strays=()
while IFS= read -r file; do
  pid=${file#/proc/}
  pid=${pid%/cmdline}
  [ "$pid" = "$$" ] && continue
  cmdline=$(tr '\0' ' ' 2>/dev/null <"$file") || continue
  case "$cmdline" in
    *teardown.sh*|'') ;;
    *"$dir/"*|*"$dir "*) strays+=("$pid") ;;
  esac
done < <(grep -lsF -- "$dir" /proc/[0-9]*/cmdline)
for pid in "${strays[@]}"; do kill -KILL "$pid" 2>/dev/null; done

# Mounts the engines left (netns, overlay, shm), deepest first.
for _ in 1 2 3; do
  mounts=$(awk -v d="$dir/" 'index($5, d) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
  [ -z "$mounts" ] && break
  while IFS= read -r mount; do umount -l "$mount" 2>/dev/null; done <<<"$mounts"
done

rm -rf "$dir" 2>/dev/null || { sleep 1; rm -rf "$dir"; }
[ ! -e "$dir" ]
