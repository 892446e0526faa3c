# The release template (src/stack/release-template.ts): a release's plan with host facts and hashes as
# sentinels (0x1D NAME 0x1D), which this host turns into its own plan: byte for byte the plan a deploy
# would have given it, so its berth.hash labels say "already runs it". The twin of instantiateTemplate
# (test/host/template.test.ts holds both to the same bytes).

TEMPLATE_RECORD="meta${US}template${US}1${US}"

# Host facts both instantiations accept (REPLY says why not): with these charsets no value ever needs
# escaping, in a plan field or inside a definition's hash input (JSON).
template_facts_ok() { # hostname public_ip instance_id
  local LC_ALL=C
  if ! [[ $1 =~ ^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$ ]] || [[ $1 == *..* ]]; then
    json_str "$1"; REPLY="hostname $REPLY is not a host name (letters, digits, \".\" and \"-\")"; return 1
  fi
  if ! [[ $2 =~ ^([0-9]{1,3}(\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{2,39})?$ ]]; then
    json_str "$2"; REPLY="public IP $REPLY is not an IP address"; return 1
  fi
  if ! [[ $3 =~ ^[A-Za-z0-9][A-Za-z0-9-]{0,62}$ ]]; then
    json_str "$3"; REPLY="instance id $REPLY is not an instance id"; return 1
  fi
}

# Writes this host's plan from a template; 1 with REPLY saying why when the facts or the template are refused.
template_instantiate() { # template_file out_file hostname public_ip instance_id
  local LC_ALL=C
  local plan_file=$2 host=$3 ip=$4 id=$5 gs=$'\x1d' esc='\u001d' line rec name rest d text hash body=''
  local -A hashes=()
  template_facts_ok "$host" "$ip" "$id" || return 1
  {
    if ! { IFS= read -r line && [[ $line == "$PLAN_HEADER" ]] && IFS= read -r -d "$RS" rec && [[ $rec == "$TEMPLATE_RECORD" ]]; }; then
      REPLY='not a release template (it does not start with the template record)'
      return 1
    fi
    rec=''
    while IFS= read -r -d "$RS" rec; do
      name=${rec%%"$US"*}
      if [[ $name == hashinput ]]; then
        # `hashinput D JSON`: D's hash is the sha256 of the JSON with this host's facts in it (D:legacy: its
        # legacy hash, the sentinel `hash:D:legacy`).
        rest=${rec#*"$US"}; d=${rest%%"$US"*}; text=${rest#*"$US"}; text=${text%%"$US"*}
        text=${text//"${esc}hostname${esc}"/"$host"}
        text=${text//"${esc}hostname_lower${esc}"/"${host,,}"}
        text=${text//"${esc}public_ip${esc}"/"$ip"}
        text=${text//"${esc}instance_id${esc}"/"$id"}
        hash=$(printf '%s' "$text" | sha256sum)
        hashes[$d]=${hash%% *}
        rec=''
        continue
      fi
      if [[ $rec == *"$gs"* ]]; then
        rec=${rec//"${gs}hostname${gs}"/"$host"}
        rec=${rec//"${gs}hostname_lower${gs}"/"${host,,}"}
        rec=${rec//"${gs}public_ip${gs}"/"$ip"}
        rec=${rec//"${gs}instance_id${gs}"/"$id"}
        while [[ $rec == *"${gs}hash:"* ]]; do
          rest=${rec#*"${gs}hash:"}; d=${rest%%"$gs"*}
          [[ -n ${hashes[$d]:-} ]] || break
          rec=${rec//"${gs}hash:${d}${gs}"/"${hashes[$d]}"}
        done
        [[ $rec != *"$gs"* ]] || { REPLY='the release template holds a sentinel it gives no value for'; return 1; }
      fi
      body+=$rec$RS
      rec=''
    done
    [[ -z $rec ]] || { REPLY='the release template is cut short (its last record is not ended)'; return 1; }
  } <"$1"
  printf '%s\n%s' "$PLAN_HEADER" "$body" >"$plan_file"
}
