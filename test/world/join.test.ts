// Where a joining host lands in the world: indexes never reused, never the builder's, never past the last address.
import { describe, expect, it } from 'vitest';
import { BUILDER_INDEX, hostAddress, nextJoinIndex } from './join.js';

describe('nextJoinIndex', () => {
  it('takes the next index after the last host started', () => {
    expect(nextJoinIndex(1)).toBe(2);
    expect(nextJoinIndex(0)).toBe(1);
  });

  it("skips the builder's index", () => {
    expect(nextJoinIndex(BUILDER_INDEX - 1)).toBe(BUILDER_INDEX + 1);
  });

  it('refuses a host past the last free address (.249; .250 is the builder)', () => {
    expect(nextJoinIndex(247)).toBe(248);
    expect(hostAddress('127.1.2', 248)).toBe('127.1.2.249');
    expect(() => nextJoinIndex(248)).toThrow(/no address left/);
  });
});
