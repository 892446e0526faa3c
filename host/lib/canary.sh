# The canary's bake and haproxy's counters (modes/canary.sh): filled in by the next commit.
