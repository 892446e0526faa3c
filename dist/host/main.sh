# Runs the mode the first argument names; this part comes last. The script is joined for that mode
# (src/host/parts.ts), so only that mode's function is defined.
trap on_exit EXIT

USAGE='usage: rollout.sh rollout PLANFILE | preflight [PLANFILE] | state PLANFILE | history PLANFILE | restore PLANFILE | converge | status PLANFILE | logs PLANFILE | canary PLANFILE'
case $MODE in
  rollout|state|history|restore|status|logs|canary) [[ -n $PLAN_FILE ]] || plan_error "$USAGE" ;;
  preflight) ;;
  # converge writes its own plan, from the fleet's release record (modes/converge.sh).
  converge) [[ -z $PLAN_FILE ]] || plan_error "$USAGE" ;;
  *)
    MODE=preflight
    plan_error "$USAGE"
    ;;
esac
[[ $MODE == converge ]] && converge_prepare
[[ -n $PLAN_FILE ]] && select_host_plan
# Every mode first repairs a rollout that was killed mid-way (journal.sh); the plan gives the root.
[[ -n $PLAN_FILE ]] && parse_plan "$PLAN_FILE"
repair_interrupted_run
case $MODE in
  rollout)
    # An unexpected error restores what the rollout replaced (failure.sh); the other modes change nothing.
    trap 'on_error $LINENO' ERR
    mode_rollout
    ;;
  restore)
    # The restore rolls a recorded plan out: the same ERR trap.
    trap 'on_error $LINENO' ERR
    mode_restore
    ;;
  converge)
    # Its rollout is a rollout: the same ERR trap.
    trap 'on_error $LINENO' ERR
    mode_converge
    ;;
  canary)
    # The canary's rollout of copy 0 is a rollout: the same ERR trap.
    trap 'on_error $LINENO' ERR
    mode_canary
    ;;
  state) mode_state ;;
  history) mode_history ;;
  status) mode_status ;;
  logs) mode_logs ;;
  preflight) mode_preflight ;;
esac
