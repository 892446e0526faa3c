# Image cleanup, in the background while copies are replaced.
PRUNE_PID=''
start_prune() {
  prune_images >"$TEMP_DIR/pruned" &
  PRUNE_PID=$!
}

finish_prune() {
  [[ -n $PRUNE_PID ]] || return 0
  wait "$PRUNE_PID" || log "image cleanup failed; images are left as they were"
  PRUNE_PID=''
  mapfile -t PRUNED <"$TEMP_DIR/pruned"
}

repo_of() { # image ref -> REPLY repository
  local ref=${1%%@*} last
  last=${ref##*/}
  [[ $last == *:* ]] && ref=${ref%:*}
  REPLY=$ref
}

# Runs in the background while copies are replaced (it only reads and removes old images); prints the
# refs it removed. Kept: the newest keepImages per repository, every image of the plan, every image a
# container was started from (docker itself refuses to remove an image id in use).
prune_images() {
  local keep=${META[keepImages]:-3} d repo id tag image
  local -A repos=() in_use=()
  for d in "${DEF_IDS[@]}"; do
    repo_of "${DEF_IMAGE[$d]}"; repos[$REPLY]=1
    in_use[${DEF_IMAGE[$d]}]=1
  done
  for image in "$MIG_IMAGE" "${VOL_IMAGE[@]}"; do [[ -n $image ]] && in_use[$image]=1; done
  while IFS= read -r image; do in_use[$image]=1; done < <(docker ps -a --format '{{.Image}}')
  for repo in "${!repos[@]}"; do
    local -A seen=()
    local n=0
    while IFS='|' read -r id tag _; do
      [[ -z $id ]] && continue
      if [[ -z ${seen[$id]:-} ]]; then seen[$id]=1; n=$((n + 1)); fi
      ((n <= keep)) && continue
      local ref=$repo:$tag
      [[ -n ${in_use[$ref]:-} || -n ${in_use[$id]:-} ]] && continue
      [[ $tag == '<none>' ]] && ref=$id
      if docker rmi -- "$ref" >/dev/null 2>&1; then
        log "pruned image $ref"
        printf '%s\n' "$ref"
      fi
    done < <(docker image ls --no-trunc --format '{{.ID}}|{{.Tag}}|{{.CreatedAt}}' -- "$repo" | sort -t '|' -k3,3r)
    unset seen
  done
}
