// In sports copy a place that plays is a club, an organization; a country stays a place
// (national teams are locations, as CoNLL-2003 and issue 3 have it). Decided per mention
// from the words and numbers around it:
//
//   `Barcelona 3 Real Madrid 2`                 -> Barcelona: a club (a score after it)
//   `NEW YORK 5 Seattle 3`                       -> both clubs (a score before or after)
//   `Newcastle beat Blackburn 2-0`               -> both clubs (a word of play)
//   `Newcastle manager Kevin Keegan`             -> a club (a role in a team)
//   `Syria held Kuwait to a 1-1 draw`            -> countries: places
//   `Juventus 2 ( Del Piero 12 , Vieri 67 )`     -> Juventus a club; Del Piero, Vieri scorers (people)
//   `Germany : Koepke ; Sammer , Helmer`         -> a line-up: people
//
// Linear in the tokens: one pass per sentence for lines and brackets.
import type { Sentence } from '../../text/sentences.js';
import type { Token } from '../../text/tokens.js';
import type { Found } from './resolve.js';
import { fold, isGivenName, lookupPlace } from './gazetteer.js';
import { SPORT_PREFIXES, CLUB_WORDS, PLAY_AFTER, PLAY_BEFORE, PLAY_POSSESSED } from '../../lexicon/sports.js';
import { SPORTS_WORDS } from '../../lexicon/name-kinds.js';

/** `SOCCER - JAPAN GET LUCKY WIN`: the prefix words before ` - ` at the start of a text, if a sport's. */
export function sportPrefix(text: string, from = 0): { start: number; end: number } | null {
  const m = /^\s*([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}) [-\u2013] /y;
  m.lastIndex = from;
  const r = m.exec(text.slice(from, from + 80));
  if (!r || !SPORT_PREFIXES.has(r[1].toLowerCase())) return null;
  const start = from + r[0].indexOf(r[1]);
  return { start, end: start + r[1].length };
}

/** `3-0`, `2 - 1`, `1–1` as tokens: number, dash, number. */
function hasScore(tokens: Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].kind === 'number' && /^[-\u2013]$/.test(tokens[i + 1].text) && tokens[i + 2].kind === 'number'
      && tokens[i].text.length <= 2 && tokens[i + 2].text.length <= 2) return true;
    if (tokens[i].kind === 'number' && /^\d{1,2}[-\u2013]\d{1,2}$/.test(tokens[i].text)) return true;
  }
  return false;
}

/** Whether a sentence talks about play. */
export function isPlaySentence(s: Sentence): boolean {
  return hasScore(s.tokens) || s.tokens.some((t) => t.kind === 'word' && SPORTS_WORDS.has(t.text.toLowerCase()));
}

/** Whether the story is sports copy: a sport prefix, or a score and several sentences of play. */
export function isSportsStory(text: string, sentences: Sentence[]): boolean {
  if (sportPrefix(text)) return true;
  // no score anywhere, no sports story: the cheap test first (numbers only), so most stories
  // never lower-case every word to look for words of play
  if (!sentences.some((s) => hasScore(s.tokens))) return false;
  let play = 0;
  for (const s of sentences) if (isPlaySentence(s) && ++play >= 3) return true;
  return false;
}

const isNumber = (t: Token | undefined): boolean => !!t && t.kind === 'number';
/** A score or a count, not a year: `3`, `320-5`, `1:20.330`; `1996` is none. */
const isScore = (t: Token | undefined): boolean => isNumber(t) && !/^(?:1[89]|20)\d\d$/.test(t!.text);

/** Per token of a sentence: the bracket depth, and whether it begins its line. */
function layout(text: string, tokens: Token[]): { depth: Int32Array; lineStart: Uint8Array } {
  const depth = new Int32Array(tokens.length);
  const lineStart = new Uint8Array(tokens.length);
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (a sentence may begin mid-line: `... Halftime 0-0 . Attendance 48,000`)
    if (t.newlineBefore || (i === 0 && atLineStart(text, t.start))) {
      lineStart[i] = 1;
      d = 0;
    }
    if (t.text === ')' && d > 0) d--;
    depth[i] = t.text === '(' ? d : d;
    if (t.text === '(') d++;
  }
  return { depth, lineStart };
}

/** The index of the token that starts at `start` (binary search), or -1. */
function tokenAt(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid].start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Whether only spaces stand between the start of a line and `at`. */
function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 200; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return at < 200;
}

/** `1. Juventus 6 5 1 0`: whether a rank (`1.`) alone stands between the start of a line and `at`. */
function afterRank(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return /(?:^|\n)[ \t]*\d{1,3}[ \t]?\.[ \t]*$/.test(before) && (at - 12 <= 0 ? true : before.includes('\n'));
}

/** The words of a mention that make it a club whatever its context: `Athletic Bilbao`, `VfB Stuttgart`, `1860 Munich`. */
function clubName(f: Found): boolean {
  const w = f.c.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  if (w.length < 2) return false;
  const hasPlace = w.some((t) => t.kind === 'word' && !!lookupPlace(t.text) && lookupPlace(t.text)!.kind !== 'country');
  const hasClubWord = w.some((t) => CLUB_WORDS.has(t.text.toLowerCase()));
  return (hasPlace || hasClubWord) && (hasClubWord || /^\d{4}$/.test(w[0].text) || (w.length === 2 && !isGivenName(w[0].text)));
}

/**
 * Retypes mentions of a sports story in place: places that play become clubs, one-word
 * names beside scores become clubs or scorers, names in a line-up become people.
 */
export function sportsMentions(text: string, sentences: Sentence[], found: Found[]): void {
  let fi = 0;
  const clubs = new Set<string>();
  const places: Array<{ f: Found; prev: string }> = [];
  for (const s of sentences) {
    const mine: Found[] = [];
    while (fi < found.length && found[fi].c.start < s.end) {
      if (found[fi].c.start >= s.start) mine.push(found[fi]);
      fi++;
    }
    if (!mine.length) continue;
    const tokens = s.tokens;
    const { depth, lineStart } = layout(text, tokens);
    for (const f of mine) {
      const a = tokenAt(tokens, f.c.start);
      if (a < 0) continue;
      const b = a + f.c.tokens.length - 1;
      const prev = tokens[a - 1];
      const next = tokens[b + 1];
      const pw = prev ? prev.text.toLowerCase() : '';
      const nw = next ? next.text.toLowerCase() : '';
      const k = f.k;
      const inBrackets = depth[a] > 0;
      const country = (k.type === 'place' && (k.kind === 'country' || k.kind === 'continent')) || (k.type === 'org' && k.rule === 'national-team');
      if (country || k.type === 'demonym') continue;
      const words = f.c.tokens.filter((t) => t.kind === 'word');
      // `( Del Piero 12 , Vieri 67 )`, `( A. Brown 118 ; P. Such 5-84 )`: a name then a minute or a score in brackets
      if (inBrackets && isScore(next) && (k.type === 'short' || (k.type === 'person'))) {
        if (k.type === 'short') f.k = { type: 'person', rule: 'scorer', familyFirst: false };
        continue;
      }
      // `Germany : Koepke ; Sammer , Helmer , Kohler ;`: a line-up of single names
      if ((k.type === 'short' || k.type === 'place') && words.length === 1 && /^[:;,]$/.test(pw) && (!next || next.newlineBefore || /^[;,.]$/.test(nw)) && lineup(tokens, a, lineStart)) {
        f.k = { type: 'person', rule: 'lineup', familyFirst: false };
        continue;
      }
      if (inBrackets) continue;
      // the context: a score beside it, or a word of play
      // (`Leicestershire 240 . Derbyshire 355`: a place that begins a sentence begins a result too)
      const lineInitial = lineStart[a] === 1 || (a === 0 && (k.type === 'place' || afterRank(text, f.c.start))) || (isNumber(tokens[a - 2]) && pw === '.' && (a - 2 === 0 || lineStart[a - 2] === 1)) || pw === ':';
      const scoreAfter = isScore(next) && !(next && next.newlineBefore);
      const scoreBefore = (isScore(prev) || (!!prev && /^1[89]\d\d$/.test(prev.text) && isScore(tokens[a - 2]))) && !lineStart[a] && !(tokens[a - 2] && tokens[a - 2].text === '(');
      const afterBracket = pw === ')' || pw === 'v' || pw === 'vs';
      const playWord = (!!next && !next.newlineBefore && PLAY_AFTER.has(nw)) || (!!prev && PLAY_BEFORE.has(pw) && !lineStart[a])
        // `drew 1-1 with Valencia`
        || (pw === 'with' && isScore(tokens[a - 2]))
        || ((nw === "'s" || nw === '\u2019s') && PLAY_POSSESSED.has((tokens[b + 2]?.text ?? '').toLowerCase()));
      const context = (scoreAfter && (lineInitial || scoreBefore || afterBracket)) || (scoreBefore && (scoreAfter || !next || next.newlineBefore || lineStart[b + 1] === 1)) || playWord;
      // (`at Volgograd Arena`: a building or a place made by its head word is never a club)
      const town = k.type === 'place' && k.kind !== 'landmark' && k.rule !== 'facility-head' && k.rule !== 'place-head' && k.rule !== 'place-lead';
      const club = (town && context) || (k.type === 'org' && k.kind === 'sports')
        || (k.type === 'person' && (k.rule === 'name-shape' || k.rule === 'family-name') && clubName(f))
        || (town && clubName(f))
        // `West Marlow 2 Kingsford Forest 3`: two names that only look like people, each beside a score
        || (k.type === 'person' && k.rule === 'name-shape' && scoreAfter && (scoreBefore || (lineInitial && !!tokens[b + 2]?.upper)))
        // `West Ham 0`, `Nottingham Forest 3`: a name no rule typed, or a place by its head word, in a results line
        || ((k.type === 'short' && k.rule === 'unclassified' && words.length <= 3 && words.every((t) => t.upper)) || (k.type === 'place' && !town))
          && scoreAfter && (lineInitial || afterBracket || scoreBefore)
        || (k.type === 'short' && words.length === 1 && scoreAfter && (lineInitial || afterBracket || scoreBefore)
          // (`Chelsea 2 Leeds 0`: a given name is a club too when another name and score follow or precede)
          && (!isGivenName(f.c.text) || scoreBefore || afterBracket || !!tokens[b + 2]?.upper));
      if (club) {
        // `Hansa Rostock 0 1860 Munich 2`: a founding year before a club's place is part of its name
        if (prev && /^1[89]\d\d$/.test(prev.text) && !prev.newlineBefore && isScore(tokens[a - 2]) && (k.type === 'place' || k.type === 'short')) {
          f.c = { ...f.c, tokens: [prev, ...f.c.tokens], start: prev.start, text: text.slice(prev.start, f.c.end) };
        }
        const name = k.type === 'org' && k.entry && k.rule !== 'club-name' ? k.entry.name : f.c.text;
        f.k = { type: 'org', rule: 'club', kind: 'sports', entry: { name, kind: 'sports', acronym: null } };
        clubs.add(fold(f.c.text));
      } else if (k.type === 'place') places.push({ f, prev: pw });
    }
  }
  // a place once seen playing is that club again where nothing says it is a place (`for Stuttgart`, `NEWCASTLE`)
  for (const { f, prev } of places) {
    if (!clubs.has(fold(f.c.text)) || /^(?:in|at|near|to|from|into|of|across|around|outside)$/.test(prev)) continue;
    f.k = { type: 'org', rule: 'club', kind: 'sports', entry: { name: f.c.text, kind: 'sports', acronym: null } };
  }
}

/** Whether the line around tokens[a] lists at least three single names between `:`, `;` and `,`. */
function lineup(tokens: Token[], a: number, lineStart: Uint8Array): boolean {
  let from = a;
  while (from > 0 && !lineStart[from] && a - from < 60) from--;
  let seps = 0;
  let names = 0;
  for (let i = from; i < tokens.length && i - from < 80 && (i === from || !lineStart[i]); i++) {
    const t = tokens[i];
    if (/^[;,:]$/.test(t.text)) seps++;
    else if (t.kind === 'word' && t.upper) names++;
    else return false;
  }
  return seps >= 3 && names >= 4;
}
