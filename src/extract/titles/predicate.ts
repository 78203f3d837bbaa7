// Titles stated by a verb after a name:
//   `X is the president of Y`, `X was named chief executive of Y`,
//   `X, who is the mayor of Z`, `X, who serves as ...`
import { PREDICATE_CUES } from '../../lexicon/title-patterns.js';
import { titleChain } from './appositive.js';
import { unitAt } from './units.js';
import type { TitleRule, TitleScene } from './rule.js';

const CUES = PREDICATE_CUES.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
/** CUES by their first word, each list in the order of CUES (longest first). */
const CUES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const words of CUES) {
  const list = CUES_BY_FIRST_WORD.get(words[0]) ?? [];
  list.push(words);
  CUES_BY_FIRST_WORD.set(words[0], list);
}

/** The first cue (longest first) written in lower-case words from unit j, or undefined. */
function cueAt(units: TitleScene['units'], j: number): string[] | undefined {
  const u = units[j];
  // (a cue's first word is the unit at j: only the cues starting with it are tried)
  const candidates = u && u.kind === 'word' && !u.upper ? CUES_BY_FIRST_WORD.get(u.lower) : undefined;
  if (!candidates) return undefined;
  for (let c = 0; c < candidates.length; c++) {
    const words = candidates[c];
    let k = 1;
    while (k < words.length && units[j + k]?.kind === 'word' && !units[j + k].upper && units[j + k].lower === words[k]) k++;
    if (k === words.length) return words;
  }
  return undefined;
}

export const predicateTitleRule: TitleRule = {
  id: 'predicate-title',
  find(scene, mention) {
    const { units } = scene;
    let j = unitAt(units, mention.end);
    // `appointed Lt. Gen. X of India as force commander of ...`
    let of = j;
    if (units[of]?.lower === 'of' && !units[of].upper) for (of++; of < j + 6 && units[of]?.upper && !scene.blocked(of); ) of++;
    if (of > j + 1 && units[of]?.lower === 'as' && !units[of].upper) return titleChain(scene, of + 1, 'predicate-title', 'predicate-chain-title');
    // `X, 52, who is the mayor of Z`: skip the age
    if (units[j]?.text === ',' && units[j + 1]?.kind === 'number' && /^\d{1,3}$/.test(units[j + 1].text) && units[j + 2]?.text === ',' && units[j + 3]?.lower === 'who') j += 2;
    if (units[j]?.text === ',' && units[j + 1]?.lower === 'who') j += 2;
    else if (units[j]?.text === ',') return [];
    const cue = cueAt(units, j);
    if (!cue) return [];
    j += cue.length;
    if (units[j]?.lower === 'as' && !units[j].upper) j++;
    return titleChain(scene, j, 'predicate-title', 'predicate-chain-title');
  },
};
