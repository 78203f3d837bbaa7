// Titles written before a name, with their qualifiers and modifiers:
//   `Venezuelan President Hugo Chavez`, `U.S. Secretary of State Madeleine Albright`,
//   `former Prime Minister X`, `Lt. Gen. X`, `WPK General Secretary Ri Song Gun`,
//   `General Secretary of the CPC Central Committee Hu Weimin`,
//   `State Councilor and Foreign Minister Wang Yi` (two titles).
// Walks back from the name over title-like units (at most MAX_BACK), then takes the
// longest run that parses as a title ending right at the name.
import { PRE_NAME_STOP_WORDS, ORG_CONNECTORS, TITLE_MODIFIERS, CAPTION_POSITIONS, SET_OFF_DETERMINERS, PARTY_STATE, ADJECTIVE_OFFICES } from '../../lexicon/title-patterns.js';
import type { Title } from '../../schema/story.js';
import { commaListAt, parseTitle, toTitle } from './phrase.js';
import { honorificEndingAt, isPreNameWord, isQualifier, officeAt } from './lexicon.js';
import { unitAt, type Unit } from './units.js';
import type { TitleRule, TitleScene } from './rule.js';

const MAX_BACK = 16;
const MAX_TITLES = 3;
const MAX_LIST = 8;
const MAX_HONORIFICS = 6;
const MAX_NAME_WORDS = 4;
/** A lower-case word that reads as a verb in the past tense: `praised`, `signed`. */
const PAST_TENSE = /^[a-z]{2,}ed$/;
/** Units a title set off at the start of a sentence may take. */
const MAX_SET_OFF = 20;
/** Units that end the sentence before a title opening the next one (quotes close sentences too). */
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', ':', '"', '\u201d', '\u201c', "''", '``']);

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
    // (`a major Andy Warhol exhibit`: lower case and alone, `major` and `general` are adjectives)
    if (lone && (!isPreNameWord(ph.role) || ADJECTIVE_OFFICES.has(units[ph.start].lower))) continue;
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

/**
 * A title that opens its sentence and is set off by the comma at c before a name, with any
 * complement (`to`, `in`, lower-case words): `Brazil's ambassador to the WTO, X,`,
 * `Their deputy in the Bundestag, X,`, `The head of the Spanish fishing confederation Y, X,`.
 */
function titleOpeningSentence(scene: TitleScene, c: number): { title: Title; start: number } | null {
  const { units, blocked, text } = scene;
  let s = c;
  while (s > 0 && c - s < MAX_SET_OFF && !units[s].breakBefore && !blocked(s - 1) && !SENTENCE_ENDS.has(units[s - 1].text)) s--;
  if (s === c || !(s === 0 || units[s].breakBefore || SENTENCE_ENDS.has(units[s - 1].text))) return null;
  // `The`, `A`, `Their`: a determiner opens the sentence, not the title
  if (units[s].kind === 'word' && !units[s].possessive && SET_OFF_DETERMINERS.has(units[s].lower)) s++;
  const ph = s < c ? parseTitle(units, s, c, 'post', blocked) : null;
  if (!ph || ph.end !== c) return null;
  // a verb in the complement makes it a clause: `The head of the delegation praised the deal, X,`
  for (let m = ph.headEnd; m < c; m++) if (units[m].kind === 'word' && !units[m].upper && PAST_TENSE.test(units[m].lower)) return null;
  return { title: toTitle(text, units, ph, 'comma-pre-name-title'), start: s };
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
  // `Minister of Agriculture, Fisheries and Food X`: a comma inside a list of portfolios that
  // runs up to the name is part of the title
  const inList = (c: number): boolean =>
    units[c].text === ',' && units[c - 1]?.kind === 'word' && units[c - 1].upper && !blocked(c - 1) && c + commaListAt(units, c, k, blocked) === k && k > c + 1;
  let b = k;
  while (b > 0 && k - b < MAX_BACK && !units[b].breakBefore && !(blocked(b - 1) && listed(b)) && (titleLike(units[b - 1]) || inList(b - 1))) b--;
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
    // `Senators A (R-Texas) and B`: a party designation closes the name before it
    const p = beforePartyTag(units, i - 1);
    if (!blocked(p)) break;
    i = p;
    while (i > 0 && blocked(i - 1) && !units[i].breakBefore) i--;
    first = i;
    i--;
  }
  return first;
}

/** A party designation in brackets: `(R-Texas)` (one unit), `(D-Calif.)` (several). */
const MAX_TAG_UNITS = 5;
/** Index of the unit before a bracketed party designation that ends at unit i, or i when none. */
function beforePartyTag(units: readonly Unit[], i: number): number {
  const u = units[i];
  if (u?.kind === 'paren') return PARTY_STATE.test(u.text.slice(1, -1).trim()) ? i - 1 : i;
  if (u?.text !== ')') return i;
  let written = '';
  for (let n = 1; n <= MAX_TAG_UNITS && i - n >= 0; n++) {
    const v = units[i - n];
    if (v.text === '(') return PARTY_STATE.test(written) ? i - n - 1 : i;
    written = v.text + written;
  }
  return i;
}

/** Index of the unit after a bracketed party designation that starts at unit i, or i when none. */
function afterPartyTag(units: readonly Unit[], i: number): number {
  const u = units[i];
  if (u?.kind === 'paren') return PARTY_STATE.test(u.text.slice(1, -1).trim()) ? i + 1 : i;
  if (u?.text !== '(') return i;
  let written = '';
  for (let n = 1; n <= MAX_TAG_UNITS && i + n < units.length; n++) {
    const v = units[i + n];
    if (v.text === ')') return PARTY_STATE.test(written) ? i + n + 1 : i;
    written += v.text;
  }
  return i;
}

/**
 * First unit of a list of capitalised words ending right before unit k (`R K Das and` before
 * Meera Rao), or -1: names the entities stage missed, each at most MAX_NAME_WORDS words that are
 * no offices, joined by commas and `and`. Only a plural title before it makes it a list of people.
 */
function missedListStartBefore(scene: TitleScene, k: number): number {
  const { units } = scene;
  let i = k - 1;
  let first = -1;
  for (let n = 0; n < MAX_LIST && i > 0; n++) {
    const sep = units[i];
    if (sep.breakBefore || !(sep.text === ',' || (sep.kind === 'word' && sep.lower === 'and' && !sep.upper))) break;
    let w = i - 1;
    while (w >= 0 && i - 1 - w < MAX_NAME_WORDS && !units[w + 1].breakBefore && nameWord(units[w])) w--;
    if (w === i - 1) break;
    first = w + 1;
    i = w;
  }
  return first;
}

/** A capitalised word that may stand in a person's name: no office, qualifier or clause word. */
const nameWord = (u: Unit): boolean =>
  u.kind === 'word' && u.upper && !u.possessive && !PRE_NAME_STOP_WORDS.has(u.lower) && !isQualifier(u) && officeAt([u], 0, 1) === null;

/** The plural title right before a list of names that starts at unit `first`, shared by each name. */
function sharedTitle(scene: TitleScene, first: number): Title[] {
  const b = walkBack(scene, first);
  const hit = b < first ? titleEndingAt(scene, b, first) : null;
  return hit?.plural ? [{ ...hit.title, rule: 'shared-pre-name-title' }] : [];
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
    if (first >= 0) return sharedTitle(scene, first);
    // names the entities stage missed may stand in the list: `Justices R K Das and X`
    const missed = missedListStartBefore(scene, k);
    const shared = missed >= 0 ? sharedTitle(scene, missed) : [];
    if (shared.length > 0) return shared;
    const b = walkBack(scene, k);
    const out: Title[] = [];
    const e = unitAt(units, mention.end);
    const f = afterPartyTag(units, e);
    const listFollows = !!units[f] && (units[f].text === ',' || (units[f].lower === 'and' && !units[f].upper)) && blocked(f + 1);
    // `The agency's director, John Smith, said`: a title set off by a comma before the name,
    // unless it is the appositive of the name before it (`Li, chairman of X, Pak and ...`)
    if (b === k && units[k - 1]?.text === ',' && !units[k - 1].breakBefore) {
      // the name is set off on both sides (`, John Smith, said`, `, John Smith.`); a name that
      // goes on into its verb is the subject of a new clause (`After talks with the president
      // of France, John Smith said`)
      const closed = !units[e] || units[e].breakBefore || units[e].kind === 'punct' || units[e].kind === 'paren';
      if (!closed) return out;
      const c = k - 1;
      let b2 = c;
      while (b2 > 0 && c - b2 < MAX_BACK && !units[b2].breakBefore && !blocked(b2 - 1) && titleLike(units[b2 - 1])) b2--;
      const hit = (b2 < c ? titleEndingAt(scene, b2, c) ?? titleSetOffAt(scene, b2, c) : null) ?? titleOpeningSentence(scene, c);
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
