// Decides what one candidate names, from data first, then context. Each decision names
// its rule, which every mention records.
//
//   `Pyongyang`               -> place   (gazetteer-place)
//   `Workers' Party of Korea` -> org     (org-head: Party)
//   `WPK`                     -> org     (acronym)
//   `Wang Dexin`               -> person  (family-first: Wang)
//   `Barack Obama`            -> person  (given-name: Barack)
//   `Wang said`               -> short   (resolved against full names later)
import type { Candidate } from './candidates.js';
import type { Token } from '../../text/tokens.js';
import { lookupKey, lookupPlace, lookupOrg, lookupDemonym, orgHead, isGivenName, isFamilyName, isCommonWord, KNOWN_PEOPLE, fold, type PlaceEntry, type OrgEntry } from './gazetteer.js';
import { FAMILY_FIRST_NAMES } from '../../lexicon/family-names.js';
import { SPEECH_VERBS, PLACE_PREPOSITIONS, PLACE_HEADS, NOT_NAMES, PERSON_PARTICLES, COMPASS_WORDS, PLACE_LEADS, SAINT_LEADS } from '../../lexicon/name-words.js';
import { THING_HEADS, THING_LEADS, FACILITY_HEADS, COMMON_NOUN_SUFFIX, SITE_KINDS, SITE_WORDS } from '../../lexicon/name-kinds.js';
import { MONTHS_AND_DAYS } from './gazetteer.js';
import { MEDIA_TAILS, ORG_LEADS, COMPANY_FORMS, COMPANY_TAILS, BODY_TAILS } from '../../lexicon/organizations.js';
import { ORG_CUE_BEFORE, ORG_CUE_AFTER, ORG_CUE_OFFICE, ORG_CUE_BY, PORTFOLIO_WORDS } from '../../lexicon/org-context.js';
import type { Organization, Location } from '../../schema/story.js';
import { isTitleWord } from '../../lexicon/titles.js';
import { CLUB_WORDS } from '../../lexicon/sports.js';

/**
 * A word no personal name is made of: inner capitals (`PlayStation`), a capitalised acronym
 * (`VR`, `XP`), digits, a common-noun suffix (`Insurgency`), a weekday or month.
 */
function thingWord(w: string, mixedCase: boolean): boolean {
  if (/\d/.test(w)) return true;
  if (mixedCase && /^\p{Lu}{2,}$/u.test(w)) return true;
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz|O')/.test(w)) return true;
  const l = w.toLowerCase();
  if (l.length > 5 && COMMON_NOUN_SUFFIX.test(l) && !isGivenName(l) && !isFamilyName(l)) return true;
  return MONTHS_AND_DAYS.has(l);
}

/** A plural common noun at the end (`Angels`, `Democrats`, `Polaroids`): a group or things, no person. */
const pluralThing = (w: string): boolean => /\p{Ll}s$/u.test(w) && !isFamilyName(w) && !isGivenName(w) && w.length > 4
  && (/(?:ers|ists|ians|ites|ats|ies|oids|ades|ings)$/.test(w) || isCommonWord(w) || isCommonWord(w.slice(0, -1)));

export type Classified =
  | { type: 'person'; rule: string; familyFirst: boolean }
  | { type: 'org'; rule: string; kind: Organization['kind']; entry?: OrgEntry }
  | { type: 'place'; rule: string; kind: Location['kind']; entry?: PlaceEntry }
  | { type: 'demonym'; rule: string; entry: PlaceEntry }
  | { type: 'short'; rule: string }
  | null;

const lastOf = <T>(xs: T[]): T => xs[xs.length - 1];

/** `China-DPRK Friendship Year`: a word made of place names is no part of a person's name. */
const placeWord = (w: string, key = lookupKey(w)): boolean => !!lookupPlace(w, key) || !!lookupDemonym(w, key)
  // (the parts of a hyphenated word; a word with no hyphen is its only part, asked already)
  || ((w.includes('-') || w.includes('\u2010')) && w.split(/[-\u2010]/).some((x) => x.length > 1 && (!!lookupPlace(x) || !!lookupDemonym(x))));

// The last words of BODY_TAILS (`survey` of `geological survey`): only a run ending in one is looked up.
const BODY_TAIL_ENDS = new Set([...BODY_TAILS.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)));

/**
 * Whether the words around a capitalised run that no data types say it is an organization:
 * `the Velvet Underground`, `group Civic Passion`, `Environment Canada spokesperson`,
 * `chief executive of Hoshino Ceramics`, `Andean Minerals' shares`, `Northfield Biologics, Inc.`,
 * `Vietnam Railways (VR)`.
 */
export function orgContext(c: Candidate): boolean {
  // `Vietnam Railways (VR)`; not `Movimento 5 Stelle (M5S)` cut to `Stelle`
  if (c.acronym) {
    const acr = c.acronym.text.toUpperCase();
    const initials = c.tokens.filter((t) => t.upper && t.kind === 'word').map((t) => t.text[0].toUpperCase());
    return initials.length === 1 ? acr[0] === initials[0] : initials.every((i) => acr.includes(i));
  }
  if (c.prev === 'the') return true;
  if (ORG_CUE_BEFORE.has(c.prev)) return true;
  if (ORG_CUE_AFTER.has(c.next)) return true;
  if ((c.next === "'s" || c.next === '\u2019s' || c.next === "'" || c.next === '\u2019') && ORG_CUE_AFTER.has(c.next2)) return true;
  if (c.next === ',' && orgHead(c.next2) === 'company') return true;
  if ((c.prev === 'of' || c.prev === 'at' || c.prev === 'for') && ORG_CUE_OFFICE.has(c.prev2)) return true;
  // `built by Embraer`, `owned by X`
  if (c.prev === 'by' && ORG_CUE_BY.has(c.prev2)) return true;
  return false;
}

/** `Kattegat Syd wind farm`, `its Buli mine`: the name of a site, a place. */
const siteName = (c: Candidate): boolean =>
  (SITE_KINDS.has(c.next) && SITE_WORDS.has(c.next2)) || ((c.prev === 'its' || c.prev === 'their') && SITE_WORDS.has(c.next));

const MARKET_INDEX_WORDS = new Set(['industrial', 'industrials', 'composite', 'index', 'average', 'futures']);
const ACRONYM = /^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,4})$/;

/** A candidate's words, without a possessive `'s` (one loop: every candidate asks). */
function wordsOf(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word' && tokens[i].text !== "'s") out.push(tokens[i]);
  return out;
}
/** The capitalised ones among them. */
function capitalised(words: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) if (words[i].upper) out.push(words[i]);
  return out;
}

/** The index of the first `of`, `for` or `on` among a candidate's tokens, -1 if none (a loop: every candidate asks). */
function firstOfLike(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (w === 'of' || w === 'for' || w === 'on') return i;
  }
  return -1;
}

export function classify(c: Candidate): Classified {
  const words = wordsOf(c.tokens);
  const names = capitalised(words);
  if (!names.length) return null;
  // `Dow Jones industrial average`, `Nasdaq composite index`: a market index names no body
  if (MARKET_INDEX_WORDS.has(c.next)) return null;
  // (the three tables are read by one key: the candidate's text folded once)
  const key = lookupKey(c.text);
  const place = lookupPlace(c.text, key);
  if (place) return { type: 'place', rule: 'gazetteer-place', kind: place.kind, entry: place };
  const org = lookupOrg(c.text, key);
  if (org) return { type: 'org', rule: 'gazetteer-org', kind: org.kind, entry: org };
  // `Chinese`, `Sri Lankan`
  if (words.length <= 3) {
    const dem = lookupDemonym(c.text, key);
    if (dem) return { type: 'demonym', rule: 'demonym', entry: dem };
  }
  // a bare `PT`, `AG`: a company form names nothing alone
  if (words.length === 1 && COMPANY_FORMS.has(c.text.toLowerCase())) return null;
  // `Athletic Bilbao`, `VfB Stuttgart`, `Inter Milan`, `Roda JC Kerkrade`: a club word and a town
  if (words.length >= 2 && words.length <= 4 && !c.titled && !c.caps && words.some((t) => CLUB_WORDS.has(t.text.toLowerCase()))
    && words.some((t) => { const p = lookupPlace(t.text); return !!p && p.kind !== 'country' && p.kind !== 'continent'; })) {
    return { type: 'org', rule: 'club-name', kind: 'sports' };
  }
  // `Commerzbank`, `Bundesbank`, `Deutsche Bank`: a bank by its one-word name
  if (words.length === 1 && c.text.endsWith('bank') && /^\p{Lu}\p{Ll}{3,}bank$/u.test(c.text) && !c.titled) return { type: 'org', rule: 'bank-word', kind: 'company' };
  // `SHEARER DOUBLE LIFTS NEWCASTLE`: a word in capitals is a name only if the story names it elsewhere
  if (c.caps) return words.length === 1 ? { type: 'short', rule: 'caps-name' } : null;
  // `South Korean`, `West German`, `Southeast Asian`: compass words and a demonym describe, they name no body
  if (words.length >= 2 && words.length <= 3 && lookupDemonym(lastOf(words).text) && words.slice(0, -1).every((t) => COMPASS_WORDS.has(t.text.toLowerCase()) || /^(?:north|south)(?:east|west)$/i.test(t.text))) {
    const region = lookupPlace(words.slice(0, -1).map((t) => t.text).join(' ') + ' ' + lookupDemonym(lastOf(words).text)!.name);
    return region ? { type: 'demonym', rule: 'compass-demonym', entry: region } : null;
  }
  // `South Wales`, `Western Australia`, `South East Asia`, `Kowloon West`: a part of a known place
  if (words.length >= 2 && words.length <= 4) {
    const w = words.map((t) => t.text);
    const lead = w.findIndex((x) => !COMPASS_WORDS.has(x.toLowerCase()));
    if (lead > 0 && lookupPlace(w.slice(lead).join(' '))) return { type: 'place', rule: 'compass-place', kind: 'region' };
    if (COMPASS_WORDS.has(w[w.length - 1].toLowerCase()) && !COMPASS_WORDS.has(w[0].toLowerCase())) {
      const rest = w.slice(0, -1).join(' ');
      if (lookupPlace(rest) || (words.length === 2 && !isGivenName(w[0]) && !isCommonWord(w[0]))) return { type: 'place', rule: 'compass-place', kind: 'region' };
    }
  }
  // `Statistics New Zealand`, `Environment Canada`, `Fisheries and Oceans Canada`: a portfolio, then a country, is its agency
  if (words.length >= 2 && !c.titled) {
    const k = words.findIndex((t) => !PORTFOLIO_WORDS.has(t.text.toLowerCase()) && t.text !== 'Statistics' && t.text !== 'Oceans');
    if (k > 0 && lookupPlace(c.text.slice(words[k].start - c.start))?.kind === 'country') return { type: 'org', rule: 'portfolio-country', kind: 'government' };
  }
  // `Lake Titicaca`, `Cape Bon`, `Palazzo Chigi`: a place word first; `Minera Atacama`, `Grupo Bimbo`: a company word first
  if (words.length >= 2) {
    const lead = words[0].text.toLowerCase();
    const placeLead = PLACE_LEADS.get(lead);
    if (placeLead && !c.titled && !isGivenName(words[1].text)) return { type: 'place', rule: 'place-lead', kind: placeLead };
    // `San Juan Mixtepec`, `Santa Rosa-Chacalluta`: a saint's name before a place is often a given name
    const tail = words[words.length - 1].text.toLowerCase();
    if (SAINT_LEADS.has(lead) && !c.titled && !THING_HEADS.has(tail) && !orgHead(tail)) return { type: 'place', rule: 'saint-lead', kind: 'city' };
    if (ORG_LEADS.has(lead) && !c.titled) return { type: 'org', rule: 'org-lead', kind: 'company' };
  }
  const last = words[words.length - 1].text;
  // `Ministry of Culture`, `Department for Transport`, `Centre for Control of Iodine Deficiency`
  const ofIdx = firstOfLike(c.tokens);
  const headWord = ofIdx > 0 ? c.tokens[ofIdx - 1].text : last;
  const head = orgHead(last) ?? (ofIdx > 0 ? orgHead(headWord) : undefined);
  const lastLower = last.toLowerCase();
  const placeHead = PLACE_HEADS.get(lastLower) ?? (ofIdx > 0 ? PLACE_HEADS.get(headWord.toLowerCase()) : undefined);
  // `U.S. Geological Survey`, `Ordnance Survey`: a body, though a survey alone is a thing
  const bodyTail = words.length > 1 && BODY_TAIL_ENDS.has(lastLower) ? BODY_TAILS.get(`${words[words.length - 2].text.toLowerCase()} ${lastLower}`) : undefined;
  if (bodyTail) return { type: 'org', rule: 'body-tail', kind: bodyTail };
  // `Kattegat Syd wind farm`, `its Buli mine`
  if (siteName(c) && !c.titled && !isGivenName(words[0].text)) return { type: 'place', rule: 'site-name', kind: 'landmark' };
  // `Lantern Festival`, `FIFA World Cup`, `Booker Prize-winner`: events, awards, works
  if (words.length > 1 && (THING_HEADS.has(lastLower) || (lastLower.includes('-') && THING_HEADS.has(lastLower.replace(/^.*-/, '')))) && !(ofIdx > 0 && orgHead(headWord))
    // `Pak Thae Song`, `Kim Yong Day`: a family-first name that ends in a word of things is still a name
    && !(FAMILY_FIRST_NAMES.has(words[0].text) && words.length <= 3 && !isCommonWord(words[1].text))) return null;
  // `Adler Planetarium`, `Kennedy Space Center`, `Museum of Flight`: buildings and sites are places
  if (words.length > 1 && (FACILITY_HEADS.has(lastLower) || (ofIdx > 0 && /^(?:museum|center|centre|planetarium)$/i.test(headWord))))
    return { type: 'place', rule: 'facility-head', kind: 'landmark' };
  // `the Guardian`, `the Telegraph`: a paper's one-word name after `the`
  if (head === 'media' && words.length === 1 && c.prev === 'the' && !c.initial) return { type: 'org', rule: 'media-name', kind: 'media' };
  if (head && !(placeHead && PLACE_HEADS.has(lastLower)) && !(head === 'media' && words.length === 1)) {
    if (words.length > 1 || !NOT_NAMES.has(lastLower)) return words.length > 1 ? { type: 'org', rule: 'org-head', kind: head } : null;
  }
  if (placeHead && words.length > 1) return { type: 'place', rule: 'place-head', kind: placeHead === 'other' ? 'other' : placeHead };
  // `Space Shuttle Atlantis`, `Operation Clambake`, `Group F`: vehicles, operations, labels
  if (words.length > 1 && THING_LEADS.has(words[0].text.toLowerCase())) return null;
  if (ACRONYM.test(c.text)) return { type: 'org', rule: 'acronym', kind: 'other' };
  // `Nordvind Energy`, `Keppel Shipping`: a company word at the end of a run that is no person's name
  if (words.length >= 2 && words.length <= 4 && COMPANY_TAILS.has(lastLower) && !c.titled && !isGivenName(words[0].text) && !isCommonWord(words[0].text) && !FAMILY_FIRST_NAMES.has(words[0].text)
    && !lookupDemonym(words[0].text) && words.every((t) => t.upper)) return { type: 'org', rule: 'company-tail', kind: 'company' };
  // people
  const n = names.length;
  const mixedCase = words.some((t) => /\p{Ll}/u.test(t.text));
  // (read only by the rules for two words or more: a single word is decided in its own block below)
  const personShaped = n >= 2 && words.every((t) => (t.upper || PERSON_PARTICLES.has(t.text.toLowerCase())) && !placeWord(t.text) && !thingWord(t.text, mixedCase)) && n <= 4
    && !(n >= 2 && !isGivenName(names[0].text) && pluralThing(names[n - 1].text));
  // `Valeska Paris`, `Helmut Newton`: a given name and one more word is a person even when that word is a town
  if (n === 2 && words.length === 2 && mixedCase && isGivenName(names[0].text) && !lookupPlace(names[0].text) && !lookupDemonym(names[0].text)
    && !thingWord(names[1].text, true) && !lookupPlace(c.text, key) && !/^(?:in|at|near|from|to)$/.test(c.prev)) return { type: 'person', rule: 'given-name', familyFirst: false };
  // `Foreign Minister Antonio Ribeiro Lima`, `X Y Lima told`: a given name, a name, and a town's name last
  if (n === 3 && words.length === 3 && mixedCase && isGivenName(names[0].text) && !FAMILY_FIRST_NAMES.has(names[0].text) && !placeWord(names[0].text) && !placeWord(names[1].text)
    && !thingWord(names[1].text, true) && !thingWord(names[2].text, true) && (c.titled || SPEECH_VERBS.has(c.next)) && !lookupPlace(`${names[1].text} ${names[2].text}`))
    return { type: 'person', rule: 'given-name', familyFirst: false };
  if (personShaped && n >= 2) {
    if (FAMILY_FIRST_NAMES.has(names[0].text) && !isGivenName(names[1].text) && n <= 3) return { type: 'person', rule: 'family-first', familyFirst: true };
    if (KNOWN_PEOPLE.has(fold(c.text))) return { type: 'person', rule: 'known-person', familyFirst: false };
    if (isGivenName(names[0].text) || (names[0].text.length === 2 && names[0].text.endsWith('.'))) return { type: 'person', rule: 'given-name', familyFirst: false };
    if (c.titled) return { type: 'person', rule: 'after-title', familyFirst: false };
    if (SPEECH_VERBS.has(c.next)) return { type: 'person', rule: 'speaker', familyFirst: false };
    if (isFamilyName(names[n - 1].text)) return { type: 'person', rule: 'family-name', familyFirst: false };
  }
  if (n === 1) {
    if (PLACE_PREPOSITIONS.has(c.prev) && !c.titled) return { type: 'place', rule: 'after-preposition', kind: 'other' };
    if (c.initial && NOT_NAMES.has(c.text.toLowerCase())) return null;
    if (placeWord(c.text, key)) return null;
    // `Ministers met`, `Officials said`: a plural office word is no one's name
    if (/\p{Ll}s$/u.test(c.text) && isTitleWord(c.text.slice(0, -1))) return null;
    // `localist group Youngspiration`, `Gazprom shares`, `chief executive of Equinor`: a one-word organization
    // (`group B`: a letter is a label, no body)
    // (`FILE - Construction workers`: after a label's dash a common word starts the sentence)
    const labelStart = /^[-\u2013\u2014:]$/.test(c.prev) && NOT_NAMES.has(c.prev2);
    if (!c.titled && c.text.length > 1 && c.prev !== 'the' && c.prev !== 'told' && orgContext(c) && !isGivenName(c.text) && !isFamilyName(c.text) && !c.initial && !labelStart) return { type: 'org', rule: 'org-context', kind: 'other' };
    return { type: 'short', rule: c.titled ? 'title+name' : SPEECH_VERBS.has(c.next) ? 'speaker' : 'single-name' };
  }
  if (PLACE_PREPOSITIONS.has(c.prev) && n <= 3 && !c.titled) return { type: 'place', rule: 'after-preposition', kind: 'other' };
  const common = names.filter((t) => isCommonWord(t.text) && !isGivenName(t.text) && !isFamilyName(t.text)).length;
  // in a title-case headline capitals say nothing: no person by shape alone (`Sign Agreements on Rail Freight`)
  if (personShaped && n <= 3 && common === 0 && !c.titleCase) return { type: 'person', rule: 'name-shape', familyFirst: false };
  if (c.titleCase) return head ? { type: 'org', rule: 'org-head', kind: head } : null;
  if (words.some((t) => /[-\u2010]/.test(t.text) && placeWord(t.text))) return null;
  // `PlayStation VR`, `NASA T-shirt`: a product, no organization
  if (mixedCase && words.some((t) => /\d/.test(t.text) || (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) && !/^(?:Mc|Mac)/.test(t.text)) || /^\p{Lu}+-\p{Ll}/u.test(t.text))) return null;
  if (mixedCase && words.length === 2 && /^\p{Lu}{2,}$/u.test(words[words.length - 1].text)) return null;
  // `Star Wars`, `Social Welfare`: words, not a name of anything we know how to type
  // `Star Wars`, `Social Welfare`: words, not a name, unless a strong cue says organization (`group Harbour Voice`)
  if (common === names.length && !(c.prev !== 'the' && orgContext(c))) return null;
  // `Toronto Star`, `Edmonton Sun`: a paper, once no rule made it a person
  if (MEDIA_TAILS.has(lastLower)) return { type: 'org', rule: 'media-tail', kind: 'media' };
  // a run no data types: an organization only when its context says so
  if (orgContext(c)) return { type: 'org', rule: 'org-context', kind: 'other' };
  return null;
}
