/**
 * What the analysis remembers from one keystroke to the next (a heading's normal form, the
 * terms of a text): kept by key, and emptied when it reaches its limit, so a long editing
 * session never grows it without bound.
 */
export const MEMO_LIMIT = 10_000;

export function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (value = compute()));
  }
  return value;
}
