// The PR check's one comment per environment: found by a hidden marker at its start, updated in place.
// Two runs at once (two pushes) may both find none and both create one; each creating run then lists
// again and keeps the oldest marked comment, deleting every newer one (its own included) and writing
// its text into the kept one. Comment ids only grow, so every run agrees on the oldest: one stays.

/** A pull request's comments (the issue comments API); ids only grow. */
export interface PullRequestComments {
  /** Every comment of the pull request, any order. */
  list(issue: number): Promise<{ id: number; body: string }[]>;
  create(issue: number, body: string): Promise<number>;
  update(id: number, body: string): Promise<void>;
  /** Deleting a comment that is already gone is not an error. */
  remove(id: number): Promise<void>;
}

/** The hidden first line of the environment's comment (environment names are `[A-Za-z0-9._-]+`). */
export function commentMarker(environment: string): string {
  return `<!-- berth:prediction:${environment} -->`;
}

export interface StickyResult {
  id: number;
  action: 'created' | 'updated';
  /** Duplicate comments this run deleted (another run's, or its own when another was older). */
  removed: number[];
}

function marked(comments: { id: number; body: string }[], marker: string): { id: number; body: string }[] {
  // GitHub may hand a body back with CRLF line ends.
  return comments
    .filter((c) => c.body === marker || c.body.startsWith(`${marker}\n`) || c.body.startsWith(`${marker}\r\n`))
    .sort((a, b) => a.id - b.id);
}

/** Puts `body` (without the marker) in the environment's one comment on `issue`. */
export async function upsertStickyComment(
  comments: PullRequestComments,
  issue: number,
  environment: string,
  body: string,
): Promise<StickyResult> {
  const marker = commentMarker(environment);
  const text = `${marker}\n${body}`;
  const existing = marked(await comments.list(issue), marker);
  const removed: number[] = [];
  const [oldest, ...duplicates] = existing;
  if (oldest) {
    await comments.update(oldest.id, text);
    for (const duplicate of duplicates) {
      await comments.remove(duplicate.id);
      removed.push(duplicate.id);
    }
    return { id: oldest.id, action: 'updated', removed };
  }
  const created = await comments.create(issue, text);
  const after = marked(await comments.list(issue), marker);
  const keep = after[0]?.id ?? created;
  for (const comment of after.slice(1)) {
    await comments.remove(comment.id);
    removed.push(comment.id);
  }
  if (keep !== created) {
    await comments.update(keep, text);
    return { id: keep, action: 'updated', removed };
  }
  return { id: created, action: 'created', removed };
}
