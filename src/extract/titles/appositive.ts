// Titles set off by a comma after a name, and the chains of them joined by `and`:
//   `X, chairman of China's National People's Congress Standing Committee, held talks`
//   `X, a member of the Standing Committee of ... and chairman of ...,`   (two titles)
//   `X, also a member of ...`, `X, the country's top legislator,`
//   `X, 54, a senior director at Y,`                                      (the age is skipped)
import type { Title } from '../../schema/story.js';
import { NAME_SUFFIXES, PARTY_STATE } from '../../lexicon/title-patterns.js';
import { parseTitle, skipLead, toTitle } from './phrase.js';
import { unitAt, type Unit } from './units.js';
import type { TitleRule, TitleScene } from './rule.js';

const MAX_CHAIN = 8;
const WINDOW = 120;
const MAX_LIST = 8;
const MAX_SUFFIX_UNITS = 6;

/**
 * Titles of a chain starting at unit j; the first is `rule`, the rest `chainRule`. `number`
 * says whether the offices must be plural (after the first names of a list: `A and B, vice
 * directors of C`), singular (after one name) or either (after the last name of a list).
 */
export function titleChain(scene: TitleScene, j: number, rule: string, chainRule: string, number: 'singular' | 'plural' | 'any' = 'singular'): Title[] {
  const { units, blocked, text } = scene;
  const end = Math.min(units.length, j + WINDOW);
  const out: Title[] = [];
  let at = skipLead(units, j, end);
  for (let n = 0; n < MAX_CHAIN && at < end; n++) {
    const ph = parseTitle(units, at, end, 'post', blocked);
    if (!ph) break;
    // a plural office belongs to a list of names, never to one (`X, officials said`); a chain
    // keeps its number (`X, minister of A, and officials`)
    if (number !== 'any' && ph.plural !== (number === 'plural')) break;
    out.push(toTitle(text, units, ph, n === 0 ? rule : chainRule));
    if (ph.chainAt === null) break;
    at = skipLead(units, ph.chainAt, end);
  }
  return out;
}

/**
 * Units a degree or a party designation takes from j up to its closing comma (0 when none):
 * `Ph.D.,` `Jr.,` `R-Neb.,`
 */
function suffixLength(units: readonly Unit[], j: number): number {
  let written = '';
  for (let n = 0; n < MAX_SUFFIX_UNITS && j + n < units.length; n++) {
    const u = units[j + n];
    if (u.text === ',') {
      if (n === 0) return 0;
      const bare = written.toLowerCase().replace(/\./g, '');
      return NAME_SUFFIXES.has(bare) || PARTY_STATE.test(written) ? n : 0;
    }
    if (n > 0 && u.start !== units[j + n - 1].end) return 0;
    written += u.text;
  }
  return 0;
}

/**
 * The comma after the last name of a list that starts with this mention (`A and B,`, `A, B and C,`),
 * or -1: a plural title after that comma belongs to every name of the list.
 */
function listEndAfter(scene: TitleScene, j: number): number {
  const { units, blocked } = scene;
  let names = 0;
  for (let n = 0; n < MAX_LIST && j < units.length; n++) {
    const u = units[j];
    if (u.breakBefore || !(u.text === ',' || (u.kind === 'word' && u.lower === 'and' && !u.upper))) break;
    let k = j + 1;
    if (u.text === ',' && units[k]?.kind === 'word' && units[k].lower === 'and') k++;
    if (!blocked(k)) break;
    while (k < units.length && blocked(k)) k++;
    names++;
    j = k;
  }
  return names > 0 && units[j]?.text === ',' ? j : -1;
}

export const appositiveTitleRule: TitleRule = {
  id: 'appositive-title',
  find(scene, mention) {
    const { units } = scene;
    let j = unitAt(units, mention.end);
    const listEnd = listEndAfter(scene, j);
    // the last name of the list: `A and B, vice directors of C`
    const k = unitAt(units, mention.start);
    const listed = k > 1 && scene.blocked(k - 2) && (units[k - 1].text === ',' || (units[k - 1].lower === 'and' && !units[k - 1].upper));
    if (listEnd >= 0) j = listEnd;
    if (units[j]?.text !== ',' || units[j + 1]?.breakBefore) return [];
    j++;
    // `X, 54, a senior director`: skip the age
    if (units[j]?.kind === 'number' && /^\d{1,3}$/.test(units[j].text) && units[j + 1]?.text === ',') j += 2;
    // `X, Ph.D., President and CEO of Y`, `Sen. X, R-Neb., the committee's chairman`
    for (let n = 0, s = suffixLength(units, j); n < 2 && s > 0; n++, s = suffixLength(units, j)) j += s + 1;
    const number = listEnd >= 0 ? 'plural' : listed ? 'any' : 'singular';
    // `A and B, both members of C`
    if (number !== 'singular' && units[j]?.kind === 'word' && (units[j].lower === 'both' || units[j].lower === 'all') && !units[j].upper) j++;
    return titleChain(scene, j, listEnd >= 0 ? 'shared-appositive-title' : 'appositive-title', 'appositive-chain-title', number);
  },
};
