#!/usr/bin/env bash
# Stops everything a local world started, from its state directory alone, then removes the directory.
# Used by World.stop(), by `npm run world -- down`, and by the reaper when the test process died.
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
for sock in "$dir"/*/d.sock; do
  [ -S "$sock" ] || continue
  ids=$(timeout 10 "$docker_client" -H "unix://$sock" ps -aq 2>/dev/null)
  if [ -n "$ids" ]; then
    # shellcheck disable=SC2086 # one id per word
    timeout 20 "$docker_client" -H "unix://$sock" rm -f $ids >/dev/null 2>&1
  fi
done

# Daemons the world recorded (dockerd per host, registry, haproxy, servers of the CLI world).
pids=()
for pidfile in "$dir"/*/dockerd.pid "$dir"/pids/*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile" 2>/dev/null)
  case "$pid" in ''|*[!0-9]*) continue ;; esac
  kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
done
for _ in $(seq 1 50); do
  alive=0
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
  [ "$alive" = 0 ] && break
  sleep 0.2
done
for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done

# Anything else still naming the world dir (containerd, shims, stray dockerd): killed by pid.
strays=()
for proc in /proc/[0-9]*; do
  pid=${proc#/proc/}
  [ "$pid" = "$$" ] && continue
  [ -r "$proc/cmdline" ] || continue
  cmdline=$(tr '\0' ' ' <"$proc/cmdline" 2>/dev/null) || continue
  case "$cmdline" in
    *teardown.sh*) ;;
    *"$dir/"*|*"$dir "*) strays+=("$pid") ;;
  esac
done
for pid in "${strays[@]}"; do kill -KILL "$pid" 2>/dev/null; done

# Mounts the engines left (netns, overlay, shm), deepest first.
for _ in 1 2 3; do
  mounts=$(awk -v d="$dir/" 'index($5, d) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
  [ -z "$mounts" ] && break
  while IFS= read -r mount; do umount -l "$mount" 2>/dev/null; done <<<"$mounts"
done

rm -rf "$dir" 2>/dev/null || { sleep 1; rm -rf "$dir"; }
[ ! -e "$dir" ]
