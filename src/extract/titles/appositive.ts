// Titles set off by a comma after a name, and the chains of them joined by `and`:
//   `X, chairman of China's National People's Congress Standing Committee, held talks`
//   `X, a member of the Standing Committee of ... and chairman of ...,`   (two titles)
//   `X, also a member of ...`, `X, the country's top legislator,`
//   `X, 54, a senior director at Y,`                                      (the age is skipped)
import type { Title } from '../../schema/story.js';
import { parseTitle, skipLead, toTitle } from './phrase.js';
import { unitAt } from './units.js';
import type { TitleRule, TitleScene } from './rule.js';

const MAX_CHAIN = 8;
const WINDOW = 120;

/** Titles of a chain starting at unit j; the first is `rule`, the rest `chainRule`. */
export function titleChain(scene: TitleScene, j: number, rule: string, chainRule: string): Title[] {
  const { units, blocked, text } = scene;
  const end = Math.min(units.length, j + WINDOW);
  const out: Title[] = [];
  let at = skipLead(units, j, end);
  for (let n = 0; n < MAX_CHAIN && at < end; n++) {
    const ph = parseTitle(units, at, end, 'post', blocked);
    if (!ph) break;
    out.push(toTitle(text, units, ph, n === 0 ? rule : chainRule));
    if (ph.chainAt === null) break;
    at = skipLead(units, ph.chainAt, end);
  }
  return out;
}

export const appositiveTitleRule: TitleRule = {
  id: 'appositive-title',
  find(scene, mention) {
    const { units } = scene;
    let j = unitAt(units, mention.end);
    if (units[j]?.text !== ',' || units[j + 1]?.breakBefore) return [];
    j++;
    // `X, 54, a senior director`: skip the age
    if (units[j]?.kind === 'number' && /^\d{1,3}$/.test(units[j].text) && units[j + 1]?.text === ',') j += 2;
    return titleChain(scene, j, 'appositive-title', 'appositive-chain-title');
  },
};
