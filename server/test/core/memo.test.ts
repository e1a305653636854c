/** What the analysis remembers between keystrokes stays bounded, in entries and in text held. */
import { describe, expect, it } from 'vitest';
import { MEMO_LIMIT, MEMO_TEXT_LIMIT, remember } from '../../src/core/memo.js';

describe('remember', () => {
  it('computes once per key', () => {
    const memo = new Map<string, number>();
    let calls = 0;
    for (let i = 0; i < 3; i++) expect(remember(memo, 'a', () => ++calls)).toBe(1);
    expect(calls).toBe(1);
  });

  it('never holds more than its limit of entries', () => {
    const memo = new Map<number, number>();
    for (let i = 0; i < MEMO_LIMIT * 2 + 5; i++) remember(memo, i, () => i);
    expect(memo.size).toBeLessThanOrEqual(MEMO_LIMIT);
  });

  it('never holds more than its limit of text, however few the keys', () => {
    const memo = new Map<string, boolean>();
    const paragraph = 'x'.repeat(MEMO_TEXT_LIMIT / 4 + 1);
    let held = 0;
    for (let i = 0; i < 20; i++) {
      remember(memo, `${i}${paragraph}`, () => true);
      held = [...memo.keys()].reduce((sum, key) => sum + key.length, 0);
      expect(held).toBeLessThanOrEqual(MEMO_TEXT_LIMIT);
    }
    expect(memo.size).toBeGreaterThan(0);
  });
});
