# Joined instead of plan-set.sh when the command carries one host's plan: nothing to select.
select_host_plan() { :; }
