# Temporary files: a private directory under the host root for a rollout's env files and outputs,
# and the temporary docker client config of registry logins. Every exit removes both; a SIGKILL leaves
# them, and the next run sweeps them (journal.sh): their names carry the run's pid (run.PID.XXXXXX,
# docker-config.PID.XXXXXX) so that a sweep leaves those of a run still alive.

TEMP_DIR=''
DOCKER_CONFIG_DIR=''

cleanup_temp() {
  [[ -n $TEMP_DIR && -d $TEMP_DIR ]] && rm -rf -- "$TEMP_DIR"
  [[ -n $DOCKER_CONFIG_DIR && -d $DOCKER_CONFIG_DIR ]] && rm -rf -- "$DOCKER_CONFIG_DIR"
  TEMP_DIR=''
  DOCKER_CONFIG_DIR=''
}

make_temp_dir() {
  [[ -d $ROOT/var/lib/berth ]] || mkdir -p -- "$ROOT/var/lib/berth"
  # mktemp makes it 0700.
  TEMP_DIR=$(mktemp -d "$ROOT/var/lib/berth/run.$$.XXXXXX")
}
