# Joined instead of plan-one.sh when the command carries a plan set (`berth-plan-set 1`, one command
# for several hosts): the plans' records, each host's own introduced by a `host INSTANCE_ID` record.
# Writes this host's records as a plan of its own to a private file and points PLAN_FILE at it. This
# host is $AWS_SSM_INSTANCE_ID (set by the SSM agent for Run Command), else the instance id from
# instance metadata.
select_host_plan() {
  local line me out='' current='' found=0
  local -a R=() ids=()
  IFS= read -r line <"$PLAN_FILE" || return 0
  [[ $line == 'berth-plan-set 1' ]] || return 0
  me=${AWS_SSM_INSTANCE_ID:-}
  if [[ -z $me ]]; then
    imds_get meta-data/instance-id
    me=$REPLY
  fi
  [[ -n $me ]] || plan_error 'this command carries plans for several hosts, and this host cannot tell its instance id (no AWS_SSM_INSTANCE_ID, no instance metadata)'
  {
    IFS= read -r line
    while IFS= read -r -d "$RS" line || [[ -n $line ]]; do
      line=${line#$'\n'}
      [[ -z $line ]] && continue
      if [[ $line == "host$US"* ]]; then
        decode_list R "$line"
        current=${R[1]:-}
        ids+=("$current")
        [[ $current == "$me" ]] && found=1
        continue
      fi
      [[ $current == "$me" ]] && out+="$line$RS"
    done
  } <"$PLAN_FILE"
  if ((found == 0)); then
    plan_error "this command carries plans for ${ids[*]:0:10}$( ((${#ids[@]} > 10)) && printf ' and %d more' $((${#ids[@]} - 10)) ), not for this host ($me)"
  fi
  SELECTED_PLAN=$(mktemp "${TMPDIR:-/tmp}/berth-plan.XXXXXX")
  printf '%s\n%s' "$PLAN_HEADER" "$out" >"$SELECTED_PLAN"
  PLAN_FILE=$SELECTED_PLAN
}
