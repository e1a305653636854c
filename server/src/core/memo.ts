/**
 * What the analysis remembers from one keystroke to the next (a heading's normal form, the
 * terms of a text): kept by key, and emptied when it reaches its limit, so a long editing
 * session never grows it without bound.
 */
export const MEMO_LIMIT = 10_000;
/** Characters of text keys a memo holds at most: ten thousand huge paragraphs must not pin gigabytes. */
export const MEMO_TEXT_LIMIT = 4_000_000;

/** Characters of text keys each memo holds, counted as they are added. */
const textHeld = new WeakMap<Map<unknown, unknown>, number>();

export function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    const cost = typeof key === 'string' ? key.length : 0;
    let held = textHeld.get(memo) ?? 0;
    if (memo.size >= MEMO_LIMIT || held + cost > MEMO_TEXT_LIMIT) {
      memo.clear();
      held = 0;
    }
    memo.set(key, (value = compute()));
    if (cost > 0) textHeld.set(memo, held + cost);
  }
  return value;
}

/**
 * What was computed for a sequence of objects (a step's runs of text), kept while the same
 * objects come in the same order: an edit replaces only the runs it touched, so most
 * sequences recur from one keystroke to the next. Kept by the first object, so it goes with it.
 */
export function rememberSequence<T extends object, V>(memo: WeakMap<T, { items: readonly T[]; value: V }>, items: readonly T[], compute: () => V): V {
  const known = memo.get(items[0]!);
  if (known && known.items.length === items.length && known.items.every((item, index) => item === items[index])) return known.value;
  const value = compute();
  memo.set(items[0]!, { items: [...items], value });
  return value;
}
