// Small shared helpers for sorted arrays and repeated lookups.

/** Index of the first element of a sorted array for which `before(i)` is false (binary search). */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `fn` with a cache of its results by argument, emptied when it holds `max` entries so
 * memory stays bounded on any input. (`fn` never returns undefined: that marks a miss.)
 */
export function boundedMemo<T>(fn: (s: string) => T, max = 4096): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/**
 * `fn` of a stretch [from, to) that remembers its last answer: callers that ask about the same
 * stretch several times in a row (each agreement or event of one sentence) pay for it once.
 */
export function lastWindowMemo<T>(fn: (from: number, to: number) => T): (from: number, to: number) => T {
  let lastFrom = -1;
  let lastTo = -1;
  let value!: T;
  return (from, to) => {
    if (from !== lastFrom || to !== lastTo) {
      value = fn(from, to);
      lastFrom = from;
      lastTo = to;
    }
    return value;
  };
}

/**
 * Which alternative of `(a)|(b)|(c)` made a match, from 0: the first group that took part
 * (for alternations whose alternatives hold no capturing groups of their own).
 */
export function alternativeIndex(m: RegExpExecArray): number {
  let k = 0;
  while (m[k + 1] === undefined) k++;
  return k;
}
