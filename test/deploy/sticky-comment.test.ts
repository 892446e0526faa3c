// One comment per environment, found by its marker, updated in place; duplicates (two runs at once,
// a crashed run) removed, the oldest kept.
import { describe, expect, it } from 'vitest';
import { commentMarker, upsertStickyComment, type PullRequestComments } from '../../src/deploy/sticky-comment.js';

function memory(initial: { id: number; body: string }[] = []) {
  const comments = [...initial];
  let next = Math.max(100, ...comments.map((c) => c.id + 1));
  const port: PullRequestComments = {
    list: async () => comments.map((c) => ({ ...c })),
    create: async (_issue, body) => {
      comments.push({ id: next, body });
      return next++;
    },
    update: async (id, body) => {
      const c = comments.find((x) => x.id === id);
      if (!c) throw new Error(`HTTP 404 comment ${id}`);
      c.body = body;
    },
    remove: async (id) => {
      const at = comments.findIndex((x) => x.id === id);
      if (at >= 0) comments.splice(at, 1);
    },
  };
  return { comments, port };
}

const marker = commentMarker('production');

describe('the sticky comment', () => {
  it('is created once, then updated in place; other comments and environments are left alone', async () => {
    const m = memory([
      { id: 1, body: 'LGTM' },
      { id: 2, body: `${commentMarker('production-eu')}\nother environment` },
    ]);
    expect(await upsertStickyComment(m.port, 7, 'production', 'first')).toEqual({ id: 100, action: 'created', removed: [] });
    expect(await upsertStickyComment(m.port, 7, 'production', 'second')).toEqual({ id: 100, action: 'updated', removed: [] });
    expect(m.comments).toEqual([
      { id: 1, body: 'LGTM' },
      { id: 2, body: `${commentMarker('production-eu')}\nother environment` },
      { id: 100, body: `${marker}\nsecond` },
    ]);
  });

  it('finds its comment when GitHub hands the body back with CRLF line ends', async () => {
    const m = memory([{ id: 3, body: `${marker}\r\nold` }]);
    expect(await upsertStickyComment(m.port, 7, 'production', 'new')).toEqual({ id: 3, action: 'updated', removed: [] });
  });

  it('does not take a comment that only quotes the marker', async () => {
    const m = memory([{ id: 5, body: `see ${marker} above` }]);
    expect((await upsertStickyComment(m.port, 7, 'production', 'x')).action).toBe('created');
  });

  it('keeps the oldest of duplicates and deletes the rest', async () => {
    const m = memory([
      { id: 9, body: `${marker}\nb` },
      { id: 4, body: `${marker}\na` },
    ]);
    expect(await upsertStickyComment(m.port, 7, 'production', 'c')).toEqual({ id: 4, action: 'updated', removed: [9] });
    expect(m.comments).toEqual([{ id: 4, body: `${marker}\nc` }]);
  });

  it('two runs that both found none: each keeps the oldest after creating, one comment stays with the last text', async () => {
    const m = memory();
    // Both list before either creates.
    let waiting: (() => void) | undefined;
    let listed = 0;
    const gate = new Promise<void>((resolve) => (waiting = resolve));
    const racing: PullRequestComments = {
      ...m.port,
      list: async (issue) => {
        const seen = await m.port.list(issue);
        if (++listed === 2) waiting?.();
        if (listed <= 2) await gate;
        return seen;
      },
    };
    const [a, b] = await Promise.all([
      upsertStickyComment(racing, 7, 'production', 'from a'),
      upsertStickyComment(racing, 7, 'production', 'from b'),
    ]);
    expect(m.comments).toHaveLength(1);
    expect(a.id).toBe(100);
    expect(b.id).toBe(100);
    expect(b).toEqual({ id: 100, action: 'updated', removed: [101] });
    expect(m.comments[0]?.body).toBe(`${marker}\nfrom b`);
  });
});
