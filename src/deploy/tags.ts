// New tags into a raw Stack JSON object (the OpsWorks stack's Custom JSON): every definition whose
// `image` is a freshly built repository gets the new `tag`. Everything else is kept as it was,
// including keys berth does not know (other cookbooks' settings live in the same document).

/** Returns a copy of `document` with `tag` set on definitions of the given repositories; and how many changed. */
export function withTags(document: unknown, tags: Readonly<Record<string, string>>): { document: unknown; changed: number } {
  const copy = structuredClone(document) as Record<string, unknown>;
  let changed = 0;
  const deploy = copy['deploy'];
  if (!deploy || typeof deploy !== 'object') return { document: copy, changed };
  for (const app of Object.values(deploy as Record<string, unknown>)) {
    const containers = (app as { containers?: unknown } | null)?.containers;
    if (!Array.isArray(containers)) continue;
    for (const group of containers) {
      if (!group || typeof group !== 'object') continue;
      for (const definition of Object.values(group as Record<string, unknown>)) {
        if (!definition || typeof definition !== 'object') continue;
        const def = definition as Record<string, unknown>;
        const image = typeof def['image'] === 'string' ? def['image'] : undefined;
        const tag = image === undefined ? undefined : tags[image];
        if (tag !== undefined && def['tag'] !== tag) {
          def['tag'] = tag;
          changed += 1;
        }
      }
    }
  }
  return { document: copy, changed };
}
