// The subjects of one agreement, in the story's words, from every phrasing:
//   modifiers:  `an extradition treaty` -> extradition; `a free trade agreement` -> free trade
//   list:       `cooperation documents in the fields including A, B and C`; `on A and B`;
//               `covering A`; `also covers A, including B, C and D`
//   phrase:     `an agreement to build a bridge ...`; `an agreement for the upgrading of ...`
import type { Span, TextSpan } from '../../schema/story.js';
import {
  DURATION_MODIFIER, GENERIC_MODIFIERS, ING_SECTORS, FIELDS_IN_CLAUSE, NOT_TOPIC_AFTER_IN, ONE_OF_THEM, THE_OTHER, NOT_TOPIC_AFTER_ON, PURPOSE_VERBS, TOPIC_CONTINUATIONS, UNDER_AGREEMENT, TOPIC_INTRODUCERS, TOPIC_TERMINATORS,
  type TopicPhraseKind,
} from '../../lexicon/agreement-topics.js';
import type { AgreementHead } from './heads.js';
import { cleanTopic, splitTopicList } from './topic-list.js';
import { alternativeIndex } from '../../text/search.js';

/**
 * A lexicon pattern whose spaces also match a hard-wrapped line break (`on the\njoint
 * development of ...`): each space outside a character class becomes `[ \t\r\n]+`.
 */
export function spaced(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (c === ' ' && !inClass) {
      out += '[ \\t\\r\\n]+';
      while (pattern[i + 1] === ' ') i++;
    } else out += c;
  }
  return out;
}

/**
 * The first phrase of a list, in list order, that opens a string (after spaces), with its kind:
 * one anchored alternation of the phrases, each (with the spaces around it) in a group of its
 * own, rather than one regex per phrase tried in turn. Anchored, the alternation's match is the
 * first alternative that matches: the phrase the loop over the list found, with the same text.
 * (The lexicon's patterns hold no groups of their own that capture.)
 */
function firstPhrase(list: readonly { pattern: string; kind: TopicPhraseKind }[], after: string): (s: string) => { text: string; kind: TopicPhraseKind } | null {
  const re = new RegExp(`^(?:${list.map((i) => `([ \\t\\r\\n]*(?:${spaced(i.pattern)})${after})`).join('|')})`, 'i');
  return (s) => {
    const m = re.exec(s);
    return m ? { text: m[0], kind: list[alternativeIndex(m)].kind } : null;
  };
}
// (a lookahead introducer consumes nothing: then the space before it ends the match)
const introducer = firstPhrase(TOPIC_INTRODUCERS, '(?:[ \\t\\r\\n]+|(?<=[ \\t\\r\\n]))');
const continuation = firstPhrase(TOPIC_CONTINUATIONS, '[ \\t\\r\\n]+');
// `on`, `about` ... : the noun's own complement names the subject (see agreementTopics)
const PLAIN_ON = /^[ \t\r\n]*(?:on|concerning|regarding|about|over)[ \t\r\n]+$/i;
const TERMINATOR = new RegExp(TOPIC_TERMINATORS.map((t) => `(?:${t})`).join('|'));
const PHRASE_TERMINATOR = new RegExp(TOPIC_TERMINATORS.filter((t) => !t.includes('(?=(')).map((t) => `(?:${t})`).join('|'));
// `between the DPRK and Laos on ...`, `with China covering ...`: parties before the subject
const PARTIES_FIRST = /^[ \t\r\n]+(?:between|with|among)[ \t\r\n]/i;
// (`with Hanbit on Tuesday on the supply of ...`: a date or name after `on` is no subject)
const INTRODUCER_AFTER_PARTIES = /[ \t\r\n](?:on|covering|concerning|regarding|to|for|in[ \t\r\n]+the[ \t\r\n]+fields?)[ \t\r\n](?![A-Z0-9])|[ \t\r\n](?=(?:granting|giving|covering|under[ \t\r\n]+which|providing[ \t\r\n]+for|setting[ \t\r\n]+out|spelling[ \t\r\n]+out|laying[ \t\r\n]+out|committing)[ \t\r\n])/;
// company suffixes whose comma does not end a parties phrase: `Kyowa Seiyaku Co., Ltd.`
const COMPANY_COMMA = /,\s*(?:Ltd|Inc|Corp|LLC|Co|S\.?A|AG|plc|GmbH|N\.?V|B\.?V)\b/g;
// `The accord, signed in La Paz by ..., provides for ...`: an aside between commas
const ASIDE = /^[ \t\r\n]*,[^,;.]{1,200},/;
const TIME_PLACE_TAIL = /^[ \t\r\n]+(?:after|during|at|in|on|here|there|today|yesterday|earlier|later)\b[^,;.]{0,60}(?=,[ \t\r\n]*(?:covering|including)\b)/;
const PARTICIPLE_THEN_COVERS = /^[ \t\r\n]+(?:signed|inked|reached|concluded)\b[^,;.]{0,60}?(?=[ \t\r\n](?:also[ \t\r\n]+)?(?:cover|covers|include|includes|involve|involves|provide|provides)\b)/;
const ACRONYM = /^[ \t]*\([A-Za-z]{2,10}\)/;
// `haze mitigation that covers A, B and C`: the umbrella, then its parts
const ALSO_COVERS = /(?:,[ \t\r\n]*)?(?:\b(?:that|which)[ \t\r\n]+)?\b(?:also[ \t\r\n]+)?(?:covers?|covering|includes?|including|involves?|involving)[ \t\r\n]+/gi;
// `Japan will buy A and B and China will import C`: a new clause with its own subject
// (a subject is a name, or `the` and up to three common words: `the downstream state will pay`)
const NEW_CLAUSE = /,?[ \t\r\n]+(?:and|while|whereas)[ \t\r\n]+(?=(?:(?:the[ \t\r\n]+)?[A-Z][\w'-]*(?:[ \t\r\n]+[A-Z][\w'-]*){0,3}|the(?:[ \t\r\n]+(?!and\b)[a-z][\w'-]*){1,3})[ \t\r\n]+(?:will|would|shall|is|are|was|were|agrees|agreed|can|may|must|to)[ \t\r\n])/g;
// `develop, manufacture and commercialize a family of ...`: a comma inside a series of single words is no end
const SERIES_COMMA = /^,[ \t\r\n]*[a-z][\w-]*(?:,[ \t\r\n]*[a-z][\w-]*)*,?[ \t\r\n]+(?:and|or)[ \t\r\n]/;

// `... and to cooperate on`, `... and build a smelter`: where a second purpose starts
const SECOND_PURPOSE = new RegExp(`[ \\t\\r\\n]+and[ \\t\\r\\n]+(?:to[ \\t\\r\\n]+|(?=(?:${PURPOSE_VERBS.map(spaced).join('|')})[ \\t\\r\\n]))`, 'gi');

const UNDER = new RegExp(`\\b${spaced(UNDER_AGREEMENT)}`, 'i');
const FIELDS = new RegExp(`[ \\t\\r\\n]${spaced(FIELDS_IN_CLAUSE)}[ \\t\\r\\n]+`, 'i');

/** Subject from the modifiers before the noun, generic words dropped from the left. */
export function modifierTopic(text: string, head: AgreementHead): TextSpan | null {
  const mods = head.modifiers.filter((m) => !/^\d/.test(m.text) && !DURATION_MODIFIER.test(m.text));
  // a proper name, a number or a verb form breaks the run: keep what stands right before the noun
  let first = mods.length;
  for (let i = mods.length - 1; i >= 0; i--) {
    const w = mods[i].text;
    const lower = w.toLowerCase();
    if (/^[A-Z]/.test(w) && !/^[A-Z]/.test(text.slice(head.nounStart, head.nounStart + 1))) break;
    if (/\d/.test(w) || /'s$/.test(w)) break;
    if (/ed$/.test(lower) || (/ing$/.test(lower) && !ING_SECTORS.has(lower))) break;
    first = i;
  }
  let run = mods.slice(first);
  while (run.length && (GENERIC_MODIFIERS.has(run[0].text.toLowerCase()) || run[0].text.toLowerCase() === 'and')) run = run.slice(1);
  if (!run.length) return null;
  // `cooperation` alone says nothing; `health cooperation` does
  if (run.length === 1 && GENERIC_MODIFIERS.has(run[0].text.toLowerCase())) return null;
  return cleanTopic(text, run[0].start, run[run.length - 1].end);
}

/** Where the subject phrase that starts at `from` ends: a terminator, a date, or `to`. */
function phraseEnd(text: string, from: number, to: number, dates: readonly Span[], phrase = false): number {
  let end = to;
  const slice = text.slice(from, to);
  // a purpose (`to clean up Lake Titicaca, the highest ...`) ends at its first comma and
  // keeps its places (`build 20 stations in Aichi Prefecture`)
  const t = (phrase ? PHRASE_TERMINATOR : TERMINATOR).exec(slice);
  if (t) end = from + t.index;
  if (phrase) {
    let comma = slice.indexOf(',');
    // (nor a thousands separator: `up to 1,500 megawatts`)
    while (comma >= 0 && (SERIES_COMMA.test(slice.slice(comma, comma + 120)) || /\d,\d{3}/.test(slice.slice(comma - 1, comma + 4)))) comma = slice.indexOf(',', comma + 1);
    if (comma >= 0 && from + comma < end) end = from + comma;
  }
  for (const d of dates) if (d.start >= from && d.start < end) end = d.start;
  // drop a preposition left dangling by a cut date: `... in 2000` -> `...`
  // (and a participle of time with it: `deliveries of gas starting in 1993` -> `deliveries of gas`)
  const tail = /[ \t\r\n]+(?:(?:starting|beginning|effective|running)(?:[ \t\r\n]+(?:in|on|from))?|in|on|at|by|of|from|since|until|for|before|after|during)[ \t\r\n]*$/i.exec(text.slice(from, end));
  if (tail) end = from + tail.index;
  return end;
}

const CLAUSE_TERMINATOR = new RegExp(TOPIC_TERMINATORS.filter((t) => !t.startsWith('\\s(?:was|were')).map((t) => `(?:${t})`).join('|'));

/** Reads the subjects of one phrase of the given kind starting at `from` into `out`; returns where the phrase ends. */
function readSubjects(text: string, from: number, scopeEnd: number, dates: readonly Span[], kind: TopicPhraseKind, out: TextSpan[]): number {
  if (kind === 'clauses') {
    // `under which Japan will buy A and B and China will import C and D`: one subject per clause
    const t = CLAUSE_TERMINATOR.exec(text.slice(from, scopeEnd));
    let end = t ? from + t.index : scopeEnd;
    for (const d of dates) if (d.start >= from && d.start < end) end = d.start;
    const slice = text.slice(from, end);
    let a = from;
    NEW_CLAUSE.lastIndex = 0;
    for (let m = NEW_CLAUSE.exec(slice); m; m = NEW_CLAUSE.exec(slice)) {
      const c = cleanTopic(text, a, from + m.index);
      if (c) out.push(c);
      a = from + m.index + m[0].length;
    }
    const c = cleanTopic(text, a, end);
    if (c) out.push(c);
    return end;
  }
  const end = phraseEnd(text, from, scopeEnd, dates, kind === 'phrase');
  if (end <= from) return end;
  if (kind === 'phrase') {
    // `to build 20 stations ... and to cooperate on ...`, `to supply nickel ore and build a
    // smelter`: two purposes, two subjects (`to develop and build a plant` is one: a lone verb shares the object)
    const parts: number[][] = [];
    let a = from;
    SECOND_PURPOSE.lastIndex = 0;
    const slice = text.slice(from, end);
    for (let m = SECOND_PURPOSE.exec(slice); m && parts.length < 8; m = SECOND_PURPOSE.exec(slice)) {
      const left = text.slice(a, from + m.index).trim();
      // (`develop, make and sell a family of ...`: a series of lone verbs)
      if (!/[ \t\r\n]/.test(left) || /,[ \t\r\n]*[a-z-]+$/.test(left)) continue;
      parts.push([a, from + m.index]);
      a = from + m.index + m[0].length;
    }
    parts.push([a, end]);
    for (const [a, b] of parts) {
      const t = cleanTopic(text, a, b);
      if (t) out.push(t);
    }
  } else {
    // `covering A, including B and C`, `haze mitigation that covers A and B`: the umbrella and each of its parts
    const phrase = text.slice(from, end);
    ALSO_COVERS.lastIndex = 0;
    const inner = ALSO_COVERS.exec(phrase);
    const parts = inner && inner.index > 0 ? [[from, from + inner.index], [from + inner.index + inner[0].length, end]] : [[from, end]];
    for (const [a, b] of parts) out.push(...splitTopicList(text, a, b));
  }
  return end;
}

/** Topics of one agreement: its modifiers and the phrase after its noun, up to `scopeEnd`. */
export function agreementTopics(text: string, head: AgreementHead, scopeEnd: number, dates: readonly Span[]): TextSpan[] {
  const topics: TextSpan[] = [];
  const mod = modifierTopic(text, head);
  if (mod) topics.push(mod);
  let at = head.nounEnd;
  const acronym = ACRONYM.exec(text.slice(at, scopeEnd));
  if (acronym) at += acronym[0].length;
  let rest = text.slice(at, scopeEnd);
  // `Under the protocol, the two sides will boost cooperation in such fields as A, B and C`
  if (UNDER.test(text.slice(Math.max(0, head.start - 40), head.start)) && /^[ \t\r\n]*,/.test(rest)) {
    const fields = FIELDS.exec(rest);
    if (fields) readSubjects(text, at + fields.index + fields[0].length, scopeEnd, dates, 'list', topics);
    return dedupeTopics(topics);
  }
  // `an agreement Thursday to ...`, `agreements on Thursday to ...`: the date is no subject
  const dated = dates.find((d) => d.start >= at && /^[ \t\r\n]*(?:on[ \t\r\n]+)?$/i.test(text.slice(at, d.start)));
  if (dated) {
    at = dated.end;
    rest = text.slice(at, scopeEnd);
  }
  const aside = ASIDE.exec(rest);
  // (`three agreements, on A, on B and on C` is a list, not an aside)
  if (aside && !/^\s*,\s*(?:which|that|who|on|including|covering|concerning|regarding|such as)\b/.test(rest)) {
    at += aside[0].length;
    rest = text.slice(at, scopeEnd);
  }
  if (PARTIES_FIRST.test(rest)) {
    // `with the government, guaranteeing ... for 15 years`: the subject must follow the parties directly
    const comma = rest.replace(COMPANY_COMMA, (m) => ' '.repeat(m.length)).search(/[,;]/);
    const intro = INTRODUCER_AFTER_PARTIES.exec(comma >= 0 ? rest.slice(0, comma) : rest);
    if (!intro) return topics;
    at += intro.index;
    rest = text.slice(at, scopeEnd);
  }
  // `signed 12 agreements after the talks, covering A and B`: a time or place tail first
  const tail = TIME_PLACE_TAIL.exec(rest);
  if (tail) {
    at += tail[0].length;
    rest = text.slice(at, scopeEnd);
  }
  // `The agreements signed on Monday cover A and B`: a participle phrase before the verb
  const participle = PARTICIPLE_THEN_COVERS.exec(rest);
  if (participle) {
    at += participle[0].length;
    rest = text.slice(at, scopeEnd);
  }
  let modifierDropped = false;
  const intro = introducer(rest);
  // (the first introducer only: the block is left where it turns out to introduce no subject)
  reading: if (intro) {
    const from = at + intro.text.length;
    const first = /^[A-Za-z0-9$'-]+/.exec(text.slice(from, scopeEnd))?.[0] ?? '';
    const word = first.toLowerCase();
    // `on Monday`, `in Havana`, `for 15 years`: a time, place or amount, not a subject
    // (an acronym before a common noun is a subject: `agreements on CPEC projects`)
    const acronymFirst = /^[A-Z]{2,}[ \t]+[a-z]/.test(text.slice(from, from + 40));
    if (intro.kind !== 'clauses' && /^[A-Z0-9$]/.test(first) && !acronymFirst && !/^[A-Z]/.test(text.slice(head.nounStart, head.nounStart + 1))) break reading;
    if (/^in\b/i.test(intro.text.trim()) && NOT_TOPIC_AFTER_IN.includes(word)) break reading;
    // `signed on the sidelines of ...`, `on the basis of equality`
    if (/^on\b/i.test(intro.text.trim()) && NOT_TOPIC_AFTER_ON.includes((/^(?:the[ \t\r\n]+)?([A-Za-z-]+)/.exec(text.slice(from, from + 40))?.[1] ?? '').toLowerCase())) break reading;
    if (/^to\b/i.test(intro.text.trim()) && /^(?:be|the|a|an|its|their)$/.test(word)) break reading;
    const before = topics.length;
    let end = readSubjects(text, from, scopeEnd, dates, intro.kind, topics);
    if (end <= from) break reading;
    // `a pipeline agreement on gas transit fees`: the noun's own `on` complement names the
    // subject, so a modifier before the noun only says what kind of agreement it is
    if (mod && PLAIN_ON.test(intro.text) && topics.length > before + 0 && topics[0] === mod) modifierDropped = true;
    // `..., committing both governments to A, B and C`, `... that covers A and B`: the contents after the first subject
    for (let k = 0; k < 3; k++) {
      const rest2 = text.slice(end, scopeEnd);
      const c = continuation(rest2);
      if (!c) break;
      const next = end + c.text.length;
      const after = readSubjects(text, next, scopeEnd, dates, c.kind, topics);
      if (after <= next) break;
      end = after;
    }
  }
  if (modifierDropped) topics.shift();
  return dedupeTopics(topics);
}

const ONE = new RegExp(`^[ \\t\\r\\n]*${spaced(ONE_OF_THEM)}[ \\t\\r\\n]+`, 'i');
const OTHER = new RegExp(`${spaced(THE_OTHER)}[ \\t\\r\\n]+`, 'i');

/**
 * `One provides for the construction of a bridge, the other for the sale of power`: the
 * contents of agreements just told, one subject each; none when the sentence is not so built.
 */
export function sharedOutTopics(text: string, from: number, to: number, sentenceDates: () => readonly Span[]): TextSpan[] {
  const one = ONE.exec(text.slice(from, to));
  // (the sentence's dates are collected only for a sentence that opens so: few do)
  if (!one) return [];
  const a = from + one[0].length;
  const other = OTHER.exec(text.slice(a, to));
  if (!other) return [];
  const out: TextSpan[] = [];
  const first = cleanTopic(text, a, a + other.index);
  if (first) out.push(first);
  const b = a + other.index + other[0].length;
  const end = phraseEnd(text, b, to, sentenceDates(), true);
  const second = cleanTopic(text, b, end);
  if (second) out.push(second);
  return out;
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
export function dedupeTopics(ts: readonly TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = key(t.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
export const topicKey = key;
