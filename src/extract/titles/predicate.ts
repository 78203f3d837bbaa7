// Titles stated by a verb after a name:
//   `X is the president of Y`, `X was named chief executive of Y`,
//   `X, who is the mayor of Z`, `X, who serves as ...`
import { PREDICATE_CUES } from '../../lexicon/title-patterns.js';
import { titleChain } from './appositive.js';
import { unitAt } from './units.js';
import type { TitleRule } from './rule.js';

const CUES = PREDICATE_CUES.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);

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
    const cue = CUES.find((words) => words.every((w, k) => units[j + k]?.kind === 'word' && !units[j + k].upper && units[j + k].lower === w));
    if (!cue) return [];
    j += cue.length;
    if (units[j]?.lower === 'as' && !units[j].upper) j++;
    return titleChain(scene, j, 'predicate-title', 'predicate-chain-title');
  },
};
