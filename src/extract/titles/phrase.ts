// The grammar of one title, shared by every title rule. Over units (see units.ts):
//
//   title := modifier* office+ tail?
//   modifier := qualifier | Capitalised word | acronym | possessive | known modifier
//               `former`  `WPK`  `U.S.`  `China's`  `top`
//   office := an office phrase, longest first, or an abbreviation
//               `General Secretary`  `Secretary of State`  `Gov.`  `FM`
//   tail := of|for|at|in|... organization words
//               `of the CPC Central Committee`  `at Goldman Sachs`
//
// Written before a name (`pre`), the title must end right at the name and its tail may hold
// only capitalised words and connectors. Written after a name (`post`), the title ends at a
// clause boundary, a break word (`who`, `said`, `since`, a weekday) or at `and` followed by
// another office, which starts the next title of a chain:
//   `a member of the Standing Committee ... and chairman of China's NPC Standing Committee`.
// Every loop is bounded by `end` and by fixed counts, so a phrase costs O(its length).
import { TITLE_MODIFIERS, TITLE_PREPOSITIONS, ORG_CONNECTORS, ARTICLES, TITLE_BREAK_WORDS, PRE_NAME_STOP_WORDS, PORTFOLIO_WORDS } from '../../lexicon/title-patterns.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/months.js';
import type { Title } from '../../schema/story.js';
import { officeAt, isQualifier, isRolePrefix, countryAt, bodyCountryAt } from './lexicon.js';
import type { Unit } from './units.js';

export type PhraseMode = 'pre' | 'post';

export interface TitlePhrase {
  /** First unit of the title (after any article). */
  start: number;
  /** One past its last unit. */
  end: number;
  headStart: number;
  headEnd: number;
  role: string;
  /** First unit of the organization after the preposition, when there is one. */
  tailStart: number | null;
  /** Where the next title of a chain starts (after `and`), when one follows. */
  chainAt: number | null;
  /** The office is written in the plural (`vice department directors`): a title shared by a list of names. */
  plural: boolean;
}

/** Units the grammar must not step into: names of people. */
export type Blocked = (index: number) => boolean;

const MAX_MODIFIERS = 8;
const MAX_TAIL = 40;
const MAX_PORTFOLIO = 4;
const MAX_LIST_ITEM = 3;
const isDateWord = (w: string): boolean => MONTHS.has(w) || WEEKDAYS.has(w);
const isBreak = (u: Unit): boolean =>
  u.kind === 'word' && !u.possessive && TITLE_BREAK_WORDS.has(u.lower) && (!u.upper || isDateWord(u.lower));

/** Skips what may open a title: `also`, `a`, `an`, `the`. */
export function skipLead(units: readonly Unit[], k: number, end: number): number {
  while (k < end && units[k].kind === 'word' && !units[k].possessive && (units[k].lower === 'also' || ARTICLES.has(units[k].lower))) k++;
  return k;
}

/** A cheap look ahead: does an office stand within the next few modifier-like units? */
export function officeSoon(units: readonly Unit[], k: number, end: number, blocked: Blocked): boolean {
  k = skipLead(units, k, end);
  for (let n = 0; n < 4 && k < end; n++, k++) {
    if (blocked(k)) return false;
    if (officeAt(units, k, end)) return true;
    const u = units[k];
    if (u.kind !== 'word' || isBreak(u)) return false;
    if (!(isQualifier(u) || u.upper || u.possessive || TITLE_MODIFIERS.has(u.lower))) return false;
  }
  return false;
}

/** Offices that may stand before a portfolio and another office: `Deputy Energy Minister`. */
const ROLE_PREFIX_OFFICES = new Set(['deputy', 'vice', 'first deputy', 'assistant', 'first']);

/**
 * An office starts at k, after at most an article and two lower-case modifiers: `chairman of`,
 * `the supreme commander`, `vice department director`. Stricter than officeSoon, which also
 * allows capitalised words (a comma before a capitalised word is most often a new clause).
 */
function startsOffice(units: readonly Unit[], k: number, end: number): boolean {
  k = skipLead(units, k, end);
  for (let n = 0; n < 3 && k < end; n++, k++) {
    const o = officeAt(units, k, end);
    if (o) return !units[k].upper;
    const u = units[k];
    if (u.kind !== 'word' || u.upper || isBreak(u)) return false;
    if (!(isQualifier(u) || TITLE_MODIFIERS.has(u.lower) || isPortfolio(u))) return false;
  }
  return false;
}

/** The unit at k has the given case, is no office itself, and an office follows soon after it. */
function modifiesOffice(units: readonly Unit[], k: number, end: number, upper: boolean, blocked: Blocked): boolean {
  const u = units[k];
  return k < end && !!u && u.kind === 'word' && u.upper === upper && !u.possessive && !blocked(k)
    && !officeAt(units, k, end) && !ARTICLES.has(u.lower) && !ORG_CONNECTORS.has(u.lower) && !TITLE_PREPOSITIONS.has(u.lower)
    && officeSoon(units, k, end, blocked);
}

const isPortfolio = (u: Unit | undefined): boolean => !!u && u.kind === 'word' && !u.possessive && PORTFOLIO_WORDS.has(u.lower);

/**
 * Portfolio words between a prefix office and the office it qualifies, as a unit count (0 when
 * none): `Deputy [Energy] Minister`, `vice [foreign trade] minister`, `Deputy [Trade and Industry] Minister`.
 */
function portfolioBefore(units: readonly Unit[], j: number, end: number): number {
  let n = 0;
  while (n < MAX_PORTFOLIO && j + n < end) {
    const u = units[j + n];
    if (isPortfolio(u)) { n++; continue; }
    if (n > 0 && u.kind === 'word' && (u.lower === 'and' || u.lower === '&') && isPortfolio(units[j + n + 1])) { n++; continue; }
    break;
  }
  return n > 0 && officeAt(units, j + n, end) ? n : 0;
}

/**
 * A list of portfolio items inside an organization after a name, as the unit count from the
 * comma (0 when none): `minister of investment[, industry and trade]`, `Ministry of Economy[, Trade and Industry]`.
 * The items are short, written in the case of the word before the comma, and the list closes
 * with `and` and ends the phrase (a punctuation mark or a break word follows it).
 */
export function commaListAt(units: readonly Unit[], j: number, end: number, blocked: Blocked): number {
  const upper = units[j - 1]?.upper ?? false;
  const item = (k: number): boolean => {
    const u = units[k];
    return k < end && u.kind === 'word' && u.upper === upper && !blocked(k) && !isBreak(u) && !u.possessive
      && !ARTICLES.has(u.lower) && u.lower !== 'and' && !officeAt(units, k, end);
  };
  const closed = (k: number): boolean => k >= end || units[k].kind === 'punct' || units[k].kind === 'paren' || isBreak(units[k]);
  let k = j;
  for (let items = 0; items < 6 && k < end && units[k].text === ','; items++) {
    k++;
    const closing = units[k]?.kind === 'word' && units[k].lower === 'and' && !units[k].upper;
    if (closing) k++;
    let n = 0;
    while (n < MAX_LIST_ITEM && item(k + n)) n++;
    if (n === 0) return 0;
    k += n;
    if (closing) return closed(k) ? k - j : 0;
    if (units[k]?.kind === 'word' && units[k].lower === 'and' && !units[k].upper) {
      // the last item: `... and trade`
      let m = 0;
      while (m < MAX_LIST_ITEM && item(k + 1 + m)) m++;
      return m > 0 && closed(k + 1 + m) ? k + 1 + m - j : 0;
    }
  }
  return 0;
}

/**
 * Where an organization written after a name ends (`the dairy section of Federated Farmers of New
 * Zealand`, ...): at a clause boundary, a break word, or an `and` before another office, which
 * starts the next title of a chain. Trailing connectors are left for the caller to trim.
 */
export function postTail(units: readonly Unit[], j: number, end: number, blocked: Blocked): { end: number; chainAt: number | null } {
  for (let n = 0; j < end && n < MAX_TAIL; n++) {
    const u = units[j];
    // a name inside the organization is most likely an organization taken for a person
    // (`minister of Public Health`); a name after `and` ends the title
    if (u.breakBefore || isBreak(u)) break;
    if (u.kind === 'paren') { j++; continue; }
    if (u.text === ',') {
      const list = commaListAt(units, j, end, blocked);
      if (list > 0) { j += list; n += list; continue; }
    }
    if (u.kind === 'punct') break;
    if (u.kind === 'number' && !/^\d+(?:st|nd|rd|th)$/i.test(u.text)) break;
    if (u.lower === 'and' && officeSoon(units, j + 1, end, blocked)) return { end: j, chainAt: j + 1 };
    if (u.lower === 'and' && blocked(j + 1)) break;
    j++;
  }
  return { end: j, chainAt: null };
}

/** Drops connectors and prepositions from the end of units [from, j): `chairman of the` -> `chairman`. */
export function trimConnectors(units: readonly Unit[], from: number, j: number): number {
  while (j > from && units[j - 1].kind === 'word' && (ORG_CONNECTORS.has(units[j - 1].lower) || TITLE_PREPOSITIONS.has(units[j - 1].lower))) j--;
  return j;
}

export function parseTitle(units: readonly Unit[], i: number, end: number, mode: PhraseMode, nameAt: Blocked): TitlePhrase | null {
  // Before a name the caller has already chosen where the title may start; a name found
  // there is an organization taken for a person (`Federal Reserve Chair X`).
  const blocked: Blocked = mode === 'pre' ? () => false : nameAt;
  let j = i;
  let free = 0;
  // modifiers before the office
  for (;;) {
    if (j >= end || j - i >= MAX_MODIFIERS || blocked(j)) return null;
    const o = officeAt(units, j, end);
    const u = units[j];
    // `Chief Cabinet Secretary`: an office word that also modifies (`chief`, `head`) before
    // words of the same case and an office is a modifier
    if (o && !(o.length === 1 && TITLE_MODIFIERS.has(u.lower) && modifiesOffice(units, j + 1, end, u.upper, blocked))) break;
    if (o) { j++; continue; }
    if (u.kind === 'paren' && j > i && units[j - 1].upper) { j++; continue; }
    if (u.kind !== 'word' || isBreak(u)) return null;
    if (isQualifier(u) || u.possessive) { j++; continue; }
    if (u.upper) {
      if (PRE_NAME_STOP_WORDS.has(u.lower) || ARTICLES.has(u.lower)) return null;
      j++;
      continue;
    }
    // `Bank of Japan Governor`, `Bank of the Philippine Islands president`: a body named with `of`
    if (u.lower === 'of' && j > i && units[j - 1].upper && units[j - 1].kind === 'word') {
      const k = units[j + 1]?.kind === 'word' && units[j + 1].lower === 'the' ? j + 2 : j + 1;
      if (k < end && units[k].kind === 'word' && units[k].upper && !blocked(k) && !officeAt(units, k, end)) { j = k; continue; }
    }
    if ((u.lower === 'and' || u.lower === '&') && j > i && units[j - 1].upper && units[j + 1]?.upper) {
      // `... Wang Dexu and Vietnamese Deputy Minister X`: a country after `and` opens another title
      if (mode === 'pre' && countryAt(units, j + 1, end)) return null;
      j++;
      continue;
    }
    if (TITLE_MODIFIERS.has(u.lower)) { j++; continue; }
    // after a name, one or two plain nouns before the office: `Venezuela's oil minister`
    if (mode === 'post' && free < 2 && !u.lower.endsWith('ed') && !ORG_CONNECTORS.has(u.lower) && !TITLE_PREPOSITIONS.has(u.lower) && (officeAt(units, j + 1, end) || (!units[j + 1]?.upper && officeAt(units, j + 2, end)))) {
      free++;
      j++;
      continue;
    }
    return null;
  }
  // the office words
  const headStart = j;
  const groups: string[][] = [[]];
  let plural = false;
  while (j < end && !blocked(j)) {
    const o = officeAt(units, j, end);
    // `Russian Deputy Energy Minister`: one title, the portfolio between the prefix and the office
    if (!o && groups.length === 1 && groups[0].length > 0 && groups[0].every((r) => ROLE_PREFIX_OFFICES.has(r))) {
      const n = portfolioBefore(units, j, end);
      if (n > 0 && !(mode === 'pre' && units[j].upper !== units[j + n].upper)) { j += n; continue; }
    }
    if (!o) {
      // after a name, `President and CEO of Hoshino Ceramics` is one joint office; with modifiers
      // (`a former defense minister and member of ...`) the offices are two
      const u = units[j];
      if (mode === 'post' && headStart === i && u.kind === 'word' && u.lower === 'and' && !u.upper && !blocked(j + 1) && officeAt(units, j + 1, end)) {
        groups.push([]);
        j++;
        continue;
      }
      break;
    }
    // `police chief Inspector General X`: a capitalised office after a lower-case one is a second title
    if (mode === 'pre' && j > headStart && !units[j - 1].upper && units[j].upper) break;
    groups[groups.length - 1].push(o.role);
    plural = o.plural;
    j += o.length;
  }
  const headEnd = j;
  let role = groups.map((g) => g.join(' ')).join(' and ');
  if (headStart > i && isRolePrefix(units[headStart - 1]) && !role.startsWith(units[headStart - 1].lower)) role = `${units[headStart - 1].lower} ${role}`;

  // the organization after a preposition
  let tailStart: number | null = null;
  let chainAt: number | null = null;
  const p = units[j];
  if (j < end && p.kind === 'word' && TITLE_PREPOSITIONS.has(p.lower) && !p.upper && (mode === 'post' || p.lower === 'of' || p.lower === 'for')) {
    const save = j;
    j++;
    tailStart = j;
    if (mode === 'pre') {
      // `General Secretary of the CPC Central Committee` + name: capitalised words and connectors only
      for (; j < end; j++) {
        const u = units[j];
        if (blocked(j)) return null;
        // `Vice Minister of Railways X and Vietnamese Deputy Minister of Transport Y`: an `and`
        // before another title ends the organization (X is a name the entities stage missed)
        if (u.kind === 'word' && u.lower === 'and' && officeSoon(units, j + 1, end, blocked)) return null;
        // `Minister of Agriculture, Fisheries and Food` + name: a list of portfolios
        if (u.text === ',') {
          const list = commaListAt(units, j, end, blocked);
          if (list === 0 || j + list !== end) return null;
          j += list - 1;
          continue;
        }
        const orgWord = u.kind === 'paren' || (u.kind === 'word' && (u.upper || ORG_CONNECTORS.has(u.lower)));
        if (!orgWord) return null;
      }
    } else {
      const t = postTail(units, j, end, blocked);
      j = t.end;
      chainAt = t.chainAt;
    }
    // no trailing connectors: `chairman of the` -> `chairman`
    j = trimConnectors(units, tailStart, j);
    if (j === tailStart) { j = save; tailStart = null; }
  } else if (mode === 'post' && j < end && p.kind === 'word' && p.lower === 'and' && officeSoon(units, j + 1, end, blocked)) {
    chainAt = j + 1;
  }
  // `X, chairman of A, chairman of B and supreme commander of C`: a comma before another office
  // continues the chain (a name after the comma never does: `X, minister of A, Y and Z`)
  if (mode === 'post' && chainAt === null && units[j]?.text === ',' && !units[j + 1]?.breakBefore && !blocked(j + 1)) {
    const after = units[j + 1]?.kind === 'word' && units[j + 1].lower === 'and' ? j + 2 : j + 1;
    if (!blocked(after) && startsOffice(units, after, end)) chainAt = after;
  }
  if (mode === 'pre' && j !== end) return null;
  return { start: i, end: j, headStart, headEnd, role, tailStart, chainAt, plural };
}

const dropParens = (s: string): string => s.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
// `China's`, `Workers'`, `Mexico?s` (an apostrophe lost in conversion)
const stripPossessive = (s: string): string => s.replace(/(?:'s|\u2019s|\?s|'|\u2019)$/, '');

/** The Title record of a parsed phrase: text and span as written, role, organization, country. */
export function toTitle(text: string, units: readonly Unit[], ph: TitlePhrase, rule: string): Title {
  const start = units[ph.start].start;
  const end = units[ph.end - 1].end;
  let country: string | null = null;
  const orgParts: string[] = [];
  let orgStart = -1;
  let joined = false;
  // before the office: `Venezuelan`, `U.S.`, `China's`; other capitalised words name the organization: `WPK`
  for (let k = ph.start; k < ph.headStart; ) {
    const c = countryAt(units, k, ph.headStart);
    if (c) {
      country ??= c.country;
      k += c.length;
      continue;
    }
    const u = units[k];
    if (u.kind === 'word' && u.upper && !isQualifier(u) && !isRolePrefix(u)) {
      orgParts.push(stripPossessive(u.text));
      if (orgStart < 0) orgStart = k;
    }
    if (u.kind === 'word' && u.lower === 'of' && !u.upper && orgStart >= 0) joined = true;
    k++;
  }
  let organization: string | null = orgParts.length ? orgParts.join(' ') : null;
  // `Bank of Japan Governor`: the body as written, its country and all
  if (joined) organization = stripPossessive(text.slice(units[orgStart].start, units[ph.headStart - 1].end));
  if (ph.tailStart !== null) {
    let k = ph.tailStart;
    if (units[k].kind === 'word' && ARTICLES.has(units[k].lower) && !units[k].upper) k++;
    else if (units[k].kind === 'word' && units[k].lower === 'the') k++;
    // `of China's National People's Congress Standing Committee`
    const c = k < ph.end ? countryAt(units, k, ph.end) : null;
    if (c && (k + c.length === ph.end || units[k + c.length - 1].possessive)) {
      country ??= c.country;
      k += c.length;
    } else if (country === null) {
      // `... of the Democratic People's Republic of Korea`: a country inside the organization
      for (let m = k; m < ph.end; m++) {
        const inner = countryAt(units, m, ph.end);
        if (inner) { country = inner.country; break; }
      }
    }
    if (k < ph.end) organization = dropParens(text.slice(units[k].start, end)) || organization;
  }
  // `General Secretary of the CPC Central Committee`, `WPK General Secretary`: a body's country
  for (let k = ph.start; country === null && k < ph.end; k++) {
    if (k >= ph.headStart && k < ph.headEnd) continue;
    country = bodyCountryAt(units, k, ph.end)?.country ?? null;
  }
  return { text: text.slice(start, end), role: ph.role || null, organization, country, span: { start, end }, rule };
}
