// Turns classified candidates into one record per real-world entity, in order of first
// mention: full names first, then short mentions (`Wang said`, `General Secretary Xi`) of
// the person whose full name owns them, acronyms of the organization that introduced them.
import type { Person, Organization, Location, Mention } from '../../schema/story.js';
import type { Candidate } from './candidates.js';
import { orgContext, type Classified } from './classify.js';
import { fold, lookupOrg, isCommonWord } from './gazetteer.js';
import { PERSON_PARTICLES, SPEECH_VERBS, NOT_NAMES } from '../../lexicon/name-words.js';
import { boundedMemo } from '../../text/search.js';

// Company suffixes that a second mention may leave out: `Chukyo Gas Co.` ... `Chukyo Gas`.
const COMPANY_SUFFIXES = new Set(['co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'bv', 'ab', 'asa', 'gmbh', 'spa', 'bhd', 'tbk', 'oyj', 'as', 'a/s', 'kk', 'pte', 'pty', 'limited', 'incorporated', 'company']);

/**
 * One key for the spellings of one organization: `World Health Organisation` / `Organization`,
 * `Organization of the Petroleum Exporting Countries` / `of Petroleum`, `Mary & Leigh` /
 * `Mary and Leigh`, `British Steel Corp` / `British Steel`, `Hoshino Ceramics Co., Ltd.`.
 */
export const orgKey = boundedMemo(makeOrgKey);

function makeOrgKey(name: string): string {
  const words = fold(name).replace(/isation/g, 'ization').replace(/&/g, ' and ').split(' ').map((w) => w.replace(/,$/, '')).filter((w) => w && w !== 'the');
  while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

// `Jr.`, `III`: a generation suffix is no part of the family name (`Griffey` is Ken Griffey Jr.)
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

export interface Found { c: Candidate; k: NonNullable<Classified> }

const normalCase = (s: string): string =>
  /\p{Ll}/u.test(s) ? s : s.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

const mention = (c: Candidate, form: string, rule: string): Mention => ({ text: c.text, start: c.start, end: c.end, form, rule });

export interface Records { people: Person[]; organizations: Organization[]; locations: Location[] }

/** Initials of a name's capitalised words: `Kennedy Space Center` -> KSC. */
function initials(c: Candidate): string {
  let s = '';
  for (const t of c.tokens) if (t.upper && t.kind === 'word') s += t.text[0];
  return s;
}

const isAcronym = (f: Found): boolean => f.k.type === 'org' && f.k.rule === 'acronym';

/**
 * An acronym no name of the story spells and none introduced in parentheses is more often a
 * product, a tax or a time zone (`IE9`, `HTML`, `GMT`) than an organization: it is dropped
 * unless it speaks (`ACR said`) or plays (`ACR 2 ...`). One spelled by a place's initials
 * (`Kennedy Space Center` ... `KSC`) is that place.
 */
function placeAcronyms(found: Found[]): Found[] {
  // (a story with no acronym keeps every mention: the initials of its names are not spelled out)
  if (!found.some(isAcronym)) return found;
  const orgInitials = new Map<string, Found>();
  const placeInitials = new Map<string, Found>();
  const introduced = new Set<string>();
  for (const f of found) {
    if (f.c.acronym) introduced.add(f.c.acronym.text);
    if (f.c.tokens.length < 2) continue;
    const ini = initials(f.c);
    if (ini.length < 2) continue;
    if (f.k.type === 'org' && !orgInitials.has(ini)) orgInitials.set(ini, f);
    else if (f.k.type === 'place' && !placeInitials.has(ini)) placeInitials.set(ini, f);
  }
  const out: Found[] = [];
  for (const f of found) {
    if (!isAcronym(f)) {
      out.push(f);
      continue;
    }
    const a = f.c.text.replace(/\./g, '');
    // a prefix of a longer name's initials (`UAAR` of `Union of Rationalist Atheists and Agnostics`); bounded for linear time
    const owner = orgInitials.get(a) ?? (a.length >= 3 && orgInitials.size <= 200 ? [...orgInitials].find(([ini]) => ini.startsWith(a))?.[1] : undefined);
    const place = placeInitials.get(a);
    if (introduced.has(f.c.text)) out.push(f);
    else if (owner && owner.k.type === 'org') {
      const name = owner.k.entry?.name ?? owner.c.text;
      out.push({ c: f.c, k: { type: 'org', rule: 'acronym', kind: owner.k.kind, entry: { name, kind: owner.k.kind, acronym: owner.k.entry?.acronym ?? a } } });
    }
    else if (place && place.k.type === 'place') out.push({ c: f.c, k: { ...place.k, entry: { name: place.k.entry?.name ?? place.c.text, kind: place.k.kind } } });
    // `ACR said`, `ACR 2 ...`, and a body people belong to: `Gary Chan of ACR`, `ACR's Ben Chan`, `ACR leader X`
    else if (SPEECH_VERBS.has(f.c.next) || /^\d/.test(f.c.next) || belongsTo(f.c)) out.push(f);
  }
  return out;
}

/** An acronym named as what people belong to: `Gary Chan of ACR`, `ACR's Ben Chan`, `ACR lawmakers`. */
function belongsTo(c: Candidate): boolean {
  if ((c.next === "'s" || c.next === '\u2019s') && /^\p{Lu}/u.test(c.next2Raw)) return true;
  if ((c.prev === 'of' || c.prev === 'from') && /^\p{Lu}/u.test(c.prev2Raw) && !isCommonWord(c.prev2Raw) && !NOT_NAMES.has(c.prev2)) return true;
  return orgContext(c) && c.prev !== 'the';
}

export function resolve(all: Found[]): Records {
  const found = placeAcronyms(all);
  const people: Person[] = [];
  const byPersonKey = new Map<string, Person>();
  const orgs: Organization[] = [];
  const byOrgKey = new Map<string, Organization>();
  const places: Location[] = [];
  const byPlaceKey = new Map<string, Location>();
  const shorts: Found[] = [];

  const addOrg = (key: string, make: () => Organization): Organization => {
    let o = byOrgKey.get(key);
    if (!o) {
      o = make();
      orgs.push(o);
      byOrgKey.set(key, o);
    }
    return o;
  };
  const placeFor = (name: string, kind: Location['kind']): Location => {
    const key = fold(name);
    let l = byPlaceKey.get(key);
    if (!l) {
      l = { id: '', name, kind, aliases: [], mentions: [], demonyms: [] };
      places.push(l);
      byPlaceKey.set(key, l);
    }
    return l;
  };

  for (const f of found) {
    const { c, k } = f;
    if (k.type === 'person') {
      const key = fold(c.text);
      let p = byPersonKey.get(key);
      const name = normalCase(c.text);
      if (!p) {
        const parts = c.text.split(/\s+/);
        const nameParts = k.familyFirst
          ? { given: parts.slice(1).join(' ') || null, family: parts[0], order: 'family-first' as const }
          : { given: parts.length > 1 ? parts[0] : null, family: parts.slice(1).filter((w) => !PERSON_PARTICLES.has(w) && !GENERATION.test(w)).join(' ') || parts[0], order: 'given-first' as const };
        p = { id: '', name, nameParts, aliases: [], titles: [], roles: [], mentions: [] };
        people.push(p);
        byPersonKey.set(key, p);
      } else if (name !== p.name && !p.aliases.includes(name)) p.aliases.push(name);
      p.mentions.push(mention(c, c.titled ? 'title+full' : 'full', k.rule));
    } else if (k.type === 'org') {
      const name = k.entry?.name ?? c.text;
      const o = addOrg(orgKey(name), () => ({ id: '', name, acronym: k.entry?.acronym ?? (k.rule === 'acronym' ? c.text : null), aliases: [], kind: k.kind, mentions: [] }));
      if (k.rule === 'acronym' && !o.acronym && c.text !== o.name) o.acronym = c.text;
      if (c.text !== o.name && !o.aliases.includes(c.text) && c.text !== o.acronym) o.aliases.push(c.text);
      o.mentions.push(mention(c, k.rule === 'acronym' || c.text === o.acronym ? 'acronym' : 'full', k.rule));
      if (c.acronym) {
        const acr = c.acronym.text;
        if (!o.acronym) o.acronym = acr;
        if (!byOrgKey.has(orgKey(acr))) byOrgKey.set(orgKey(acr), o);
      }
    } else if (k.type === 'place') {
      const l = placeFor(k.entry?.name ?? normalCase(c.text), k.kind);
      if (c.text !== l.name && !l.aliases.includes(c.text)) l.aliases.push(c.text);
      l.mentions.push(mention(c, 'name', k.rule));
      if (c.acronym && !byPlaceKey.has(fold(c.acronym.text))) byPlaceKey.set(fold(c.acronym.text), l);
    } else if (k.type === 'demonym') {
      placeFor(k.entry.name, k.entry.kind).demonyms.push(mention(c, 'demonym', k.rule));
    } else shorts.push(f);
  }

  // Acronym organizations introduced as `Name (ACR)` and acronym-shaped places (`DPRK`).
  for (const o of [...orgs]) {
    if (o.mentions.length && o.mentions.every((m) => m.form === 'acronym')) {
      const owner = byOrgKey.get(orgKey(o.name));
      const place = byPlaceKey.get(fold(o.name));
      if (owner && owner !== o) {
        owner.mentions.push(...o.mentions);
        orgs.splice(orgs.indexOf(o), 1);
      } else if (place) {
        place.mentions.push(...o.mentions.map((m) => ({ ...m, form: 'acronym' })));
        orgs.splice(orgs.indexOf(o), 1);
      }
    }
  }

  // `Daesan` of Daesan Chemical Co: a company's first word alone is the company
  for (const o of [...orgs]) {
    if (o.kind !== 'company' || !o.name.includes(' ')) continue;
    const first = o.name.split(' ')[0];
    if (first.length < 4 || lookupOrg(first)) continue;
    const alone = byOrgKey.get(orgKey(first));
    if (alone && alone !== o && !alone.name.includes(' ') && alone.mentions.every((m) => m.rule === 'org-context' || m.rule === 'acronym')) {
      o.mentions.push(...alone.mentions);
      if (!o.aliases.includes(first)) o.aliases.push(first);
      orgs.splice(orgs.indexOf(alone), 1);
    }
    if (!alone || !alone.name.includes(' ')) byOrgKey.set(orgKey(first), o);
  }

  // `Bayern` of Bayern Munich, `Mariners` of Seattle Mariners: a club's first or last word alone
  for (const o of orgs) {
    if (o.kind !== 'sports') continue;
    const w = o.name.split(' ');
    if (w.length < 2) continue;
    for (const part of [w[0], w[w.length - 1]]) if (part.length > 3 && !byOrgKey.has(orgKey(part))) byOrgKey.set(orgKey(part), o);
  }

  // Short mentions: a family or given name of a full-name person, an org acronym, or a person of its own.
  // People by their family and given names, so each short mention looks at its few namesakes only.
  const byPart = new Map<string, Person[]>();
  const addPart = (part: string | null | undefined, p: Person): void => {
    if (!part) return;
    const key = fold(part);
    const list = byPart.get(key);
    if (!list) byPart.set(key, [p]);
    // (two parts of one name with one key, `Kim` as family name and its last word: listed once;
    // a person's parts are added one after another, so a repeat is the list's last entry)
    else if (list[list.length - 1] !== p) list.push(p);
  };
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    // (`Olazabal` of Jose Maria Olazabal: the family part's last word too)
    // (`Salazar` of Javier Salazar Otero: the first of two family names too)
    const familyWords = (p.nameParts.family ?? '').split(' ');
    addPart(p.nameParts.family, p);
    addPart(p.nameParts.given, p);
    addPart(familyWords[familyWords.length - 1], p);
    if (p.nameParts.order === 'given-first' && familyWords.length === 2) addPart(familyWords[0], p);
  }
  for (const { c, k } of shorts) {
    const w = c.text;
    const owner = ownerOf(byPart, w, c.start);
    if (owner) {
      owner.mentions.push(mention(c, c.titled ? 'title+family' : owner.nameParts.given === w ? 'given' : 'family', k.rule));
      continue;
    }
    const o = byOrgKey.get(orgKey(w));
    if (o) {
      o.mentions.push(mention(c, 'acronym', 'acronym'));
      continue;
    }
    const l = byPlaceKey.get(fold(w));
    if (l) {
      l.mentions.push(mention(c, 'name', 'place-alias'));
      continue;
    }
    if (k.rule === 'title+name' || k.rule === 'speaker') {
      const p: Person = { id: '', name: w, nameParts: { given: null, family: w, order: 'given-first' }, aliases: [], titles: [], roles: [], mentions: [mention(c, c.titled ? 'title+family' : 'family', k.rule)] };
      people.push(p);
      byPersonKey.set(fold(w), p);
      byPart.set(fold(w), [...(byPart.get(fold(w)) ?? []), p]);
    }
  }

  // (each record's first offset found once, not again at every comparison of the sort)
  const firstAt = new Map<object, number>();
  for (const records of [people, orgs, places]) {
    for (let i = 0; i < records.length; i++) {
      const x = records[i];
      if (x.mentions.length > 1) x.mentions.sort(byStart);
      firstAt.set(x, firstOffset(x));
    }
  }
  const byFirst = (a: object, b: object): number => firstAt.get(a)! - firstAt.get(b)!;
  people.sort(byFirst);
  orgs.sort(byFirst);
  places.sort(byFirst);
  people.forEach((p, i) => (p.id = `p${i + 1}`));
  orgs.forEach((o, i) => (o.id = `o${i + 1}`));
  places.forEach((l, i) => (l.id = `l${i + 1}`));
  // names of organizations found in the gazetteer keep their full names; acronyms become aliases of none
  for (const o of orgs) if (o.acronym && lookupOrg(o.acronym) && o.aliases.includes(o.acronym)) o.aliases.splice(o.aliases.indexOf(o.acronym), 1);
  return { people, organizations: orgs, locations: places };
}

const byStart = (a: Mention, b: Mention): number => a.start - b.start;

/** Where a record is first named: its first mention (sorted by now) or an earlier demonym (`Chinese`); Infinity if neither. */
function firstOffset(x: { mentions: Mention[]; demonyms?: Mention[] }): number {
  let first = x.mentions.length ? x.mentions[0].start : Infinity;
  const d = x.demonyms;
  if (d) for (let i = 0; i < d.length; i++) if (d[i].start < first) first = d[i].start;
  return first;
}

/** The person a one-word name belongs to: the nearest full name before it, else the first after. */
function ownerOf(byPart: Map<string, Person[]>, word: string, at: number): Person | undefined {
  let best: Person | undefined;
  let bestBefore = -1;
  let after: Person | undefined;
  for (const p of byPart.get(fold(word)) ?? []) {
    if (p.mentions.length === 0) continue;
    const first = p.mentions[0].start;
    if (first < at && first > bestBefore) {
      best = p;
      bestBefore = first;
    } else if (first >= at && !after) after = p;
  }
  return best ?? after;
}
