// Titles written before a name, with their qualifiers and modifiers:
//   `Venezuelan President Hugo Chavez`, `U.S. Secretary of State Madeleine Albright`,
//   `former Prime Minister X`, `Lt. Gen. X`, `WPK General Secretary Kim Jong Un`,
//   `General Secretary of the CPC Central Committee Xi Jinping`,
//   `State Councilor and Foreign Minister Wang Yi` (two titles).
// Walks back from the name over title-like units (at most MAX_BACK), then takes the
// longest run that parses as a title ending right at the name.
import { PRE_NAME_STOP_WORDS, ORG_CONNECTORS, TITLE_MODIFIERS, CAPTION_POSITIONS } from '../../lexicon/title-patterns.js';
import type { Title } from '../../schema/story.js';
import { parseTitle, toTitle } from './phrase.js';
import { honorificEndingAt, isPreNameWord, isQualifier, officeAt } from './lexicon.js';
import { unitAt, type Unit } from './units.js';
import type { TitleRule, TitleScene } from './rule.js';

const MAX_BACK = 16;
const MAX_TITLES = 3;
const MAX_LIST = 8;
const MAX_HONORIFICS = 6;

/** `(L)`, `(right)`: where a person stands in a photo; it closes the name before it. */
export const isCaptionPosition = (u: Unit | undefined): boolean => !!u && u.kind === 'paren' && CAPTION_POSITIONS.has(u.lower);

function titleLike(u: Unit): boolean {
  if (u.kind === 'paren') return !isCaptionPosition(u);
  if (u.kind !== 'word') return false;
  if (u.upper) return !PRE_NAME_STOP_WORDS.has(u.lower) || u.lower === 'and';
  return u.possessive || ORG_CONNECTORS.has(u.lower) || TITLE_MODIFIERS.has(u.lower) || isQualifier(u) || officeAt([u], 0, 1) !== null;
}

/** Longest title ending right before unit `k`, looking back no further than `from`. */
function titleEndingAt(scene: TitleScene, from: number, k: number): { title: Title; start: number; tail: boolean; plural: boolean } | null {
  const { units, blocked, text } = scene;
  for (let s = from; s < k; s++) {
    const u = units[s];
    if (u.kind === 'word' && !u.upper && ORG_CONNECTORS.has(u.lower)) continue;
    const ph = parseTitle(units, s, k, 'pre', blocked);
    if (!ph) continue;
    // a lone lower-case word is a title only when it is one written before names (`spokesman X`)
    const lone = ph.end - ph.start === 1 && !units[ph.start].upper;
    if (lone && !isPreNameWord(ph.role)) continue;
    return { title: toTitle(text, units, ph, 'pre-name-title'), start: s, tail: ph.tailStart !== null, plural: ph.plural };
  }
  return null;
}

/**
 * A title set off by a comma before a name, written as after one (lower-case organization):
 * `A spokesman for China's foreign ministry, X, said`. Longest first, ending right at the comma.
 */
function titleSetOffAt(scene: TitleScene, from: number, c: number): { title: Title; start: number } | null {
  const { units, blocked, text } = scene;
  for (let s = from; s < c; s++) {
    const u = units[s];
    if (u.kind === 'word' && !u.upper && ORG_CONNECTORS.has(u.lower)) continue;
    const ph = parseTitle(units, s, c, 'post', blocked);
    if (ph && ph.end === c && ph.tailStart !== null) return { title: toTitle(text, units, ph, 'comma-pre-name-title'), start: s };
  }
  return null;
}

/** How far back from unit k title-like units reach before the name (k when none). */
function walkBack(scene: TitleScene, k: number): number {
  const { units, blocked } = scene;
  // A name before the title ends it when a list joins them (`Xi and WPK General Secretary Kim`);
  // elsewhere a "name" that modifies an office is an organization (`Federal Reserve Chair X`)
  // or a possessive (`Trump's chief of staff X`).
  // (a "name" right after `of` is part of an organization: `Minister of Economy and Foreign Trade X`)
  const listed = (k2: number): boolean =>
    (units[k2].kind === 'punct' || units[k2].lower === 'and' || units[k2].lower === 'or') && units[k2 - 2]?.lower !== 'of';
  let b = k;
  while (b > 0 && k - b < MAX_BACK && !units[b].breakBefore && !(blocked(b - 1) && listed(b)) && titleLike(units[b - 1])) b--;
  return b;
}

/**
 * First unit of a list of names that ends right before unit k (`A, B and` before C), or -1 when
 * no name list stands there. Names only, joined by commas and `and`.
 */
function listStartBefore(scene: TitleScene, k: number): number {
  const { units, blocked } = scene;
  let i = k - 1;
  let first = -1;
  for (let n = 0; n < MAX_LIST && i > 0; n++) {
    const sep = units[i];
    if (sep.breakBefore || !(sep.text === ',' || (sep.kind === 'word' && sep.lower === 'and' && !sep.upper))) break;
    if (!blocked(i - 1)) break;
    i--;
    while (i > 0 && blocked(i - 1) && !units[i].breakBefore) i--;
    first = i;
    i--;
  }
  return first;
}

export const preNameTitleRule: TitleRule = {
  id: 'pre-name-title',
  find(scene, mention) {
    const { units, blocked } = scene;
    let k = unitAt(units, mention.start);
    // `President Dr. X`, `Minister Datuk Seri Dr X`: honorifics stand between the title and the name
    for (let n = 0, h = honorificEndingAt(units, k); n < MAX_HONORIFICS && h > 0 && !units[k].breakBefore; n++, h = honorificEndingAt(units, k)) k -= h;
    // `Foreign Ministers A and B`, `vice directors A, B and C`: a plural title before a list is each one's
    const first = listStartBefore(scene, k);
    if (first >= 0) {
      const b = walkBack(scene, first);
      const hit = b < first ? titleEndingAt(scene, b, first) : null;
      return hit?.plural ? [{ ...hit.title, rule: 'shared-pre-name-title' }] : [];
    }
    const b = walkBack(scene, k);
    const out: Title[] = [];
    const e = unitAt(units, mention.end);
    const listFollows = !!units[e] && (units[e].text === ',' || (units[e].lower === 'and' && !units[e].upper)) && blocked(e + 1);
    // `The agency's director, John Smith, said`: a title set off by a comma before the name,
    // unless it is the appositive of the name before it (`Li, chairman of X, Choe and ...`)
    if (b === k && units[k - 1]?.text === ',' && !units[k - 1].breakBefore) {
      const c = k - 1;
      let b2 = c;
      while (b2 > 0 && c - b2 < MAX_BACK && !units[b2].breakBefore && !blocked(b2 - 1) && titleLike(units[b2 - 1])) b2--;
      const hit = b2 < c ? titleEndingAt(scene, b2, c) ?? titleSetOffAt(scene, b2, c) : null;
      const lead = hit ? units[hit.start - 1] : undefined;
      if (hit && lead?.text !== ',' && !(lead && blocked(hit.start - 1))) out.push({ ...hit.title, rule: 'comma-pre-name-title' });
      return out;
    }
    let end = k;
    while (out.length < MAX_TITLES && end > b) {
      const hit = titleEndingAt(scene, b, end);
      // a plural office goes with a list of names (`Foreign Ministers A and B`), never with one
      if (!hit || (hit.plural && !listFollows)) break;
      // `State Councilor and Foreign Minister X`: a title before `and` ends with its office; one
      // with an organization there most likely holds another person's name the entities stage missed
      if (out.length > 0 && end < k && units[end]?.lower === 'and' && hit.tail) break;
      out.push(hit.title);
      // `State Councilor and Foreign Minister X`: the title before `and` is a second one
      // `police chief Inspector General X`: two titles side by side
      const a = units[hit.start - 1];
      if (hit.start <= b) break;
      end = a.kind === 'word' && a.lower === 'and' ? hit.start - 1 : hit.start;
    }
    return out;
  },
};
