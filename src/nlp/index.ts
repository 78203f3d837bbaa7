// The one module of newsparse that imports compromise. Nothing in the per-story pipeline
// calls it: loading compromise alone costs about a quarter of a second, and running its
// tagger over every story costs far more than newsparse's own rules. What newsparse takes
// from it is its lexicon of names and places, read once at build time by
// scripts/gen-lexicon.mjs into src/lexicon/generated.ts. Loaded lazily and synchronously
// through compromise's CommonJS build.
//
// Not run on still-ambiguous candidates either: loading it alone (~0.25 s) would break the
// single-file start-up budget (<= 3x bare node). Whether its tagger would help on the
// ambiguous candidates has not been measured.
import { createRequire } from 'node:module';

interface Compromise {
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

let loaded: Compromise | null = null;

/** compromise, loaded on first use. */
export function compromise(): Compromise {
  loaded ??= createRequire(import.meta.url)('compromise') as Compromise;
  return loaded;
}

/** compromise's lexicon grouped by tag: `FirstName`, `LastName`, `City`, `Country`, … -> lower-case words. */
export function lexiconByTag(): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(compromise().model().one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      let list = by.get(tag);
      if (!list) by.set(tag, (list = []));
      list.push(word);
    }
  }
  return by;
}
