// Reported speech in one sentence, by where the verb stands:
//   trailing   `…, Wang said.`  `…, said Li.`  `…, Wang noted.`     -> the words before
//   leading    `Pak said the friendship …`  `Wang, also …, told Pak, …, that …`  -> after
//   source     `According to X, …`  `…, according to X.`
import type { EntityMention } from './entity-mentions.js';
import { mentionsWithin } from './entity-mentions.js';
import { CUE, subjectAfter, subjectBefore, type Subject } from './subject.js';

export interface Reported {
  subject: Subject;
  cue: string;
  start: number;
  end: number;
  rule: string;
}

const MIN_WORDS = 3;
/** Longer than this is no sentence of prose; it is not read for speech (linear time on junk). */
const MAX_SENTENCE = 4000;
/** Only the last few verbs of a sentence can attribute it. */
const MAX_CUES = 6;
/** Whether text[from, at) ends in a comma (and spaces). */
function commaBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && /\s/.test(text[i])) i--;
  return i >= from && text[i] === ',';
}
const WORD = /\S+/g;
/** Whether `s` holds at least `n` words (runs of non-spaces), read no further than the n-th. */
function hasWords(s: string, n: number): boolean {
  WORD.lastIndex = 0;
  for (let k = 0; k < n; k++) if (!WORD.exec(s)) return false;
  return true;
}
const TRIM_END = /[\s.,;:!?]+$/;

function content(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start])) start++;
  const m = TRIM_END.exec(text.slice(start, end));
  if (m) end -= m[0].length;
  return end > start && hasWords(text.slice(start, end), MIN_WORDS) ? { start, end } : null;
}

export function reportedSpeech(text: string, mentions: readonly EntityMention[], from: number, to: number): Reported[] {
  if (to - from > MAX_SENTENCE) return [];
  const sentence = text.slice(from, to);
  // `According to the customs service, trade grew …` / `…, according to officials.`
  const acc = /\baccording to\s+/i.exec(sentence);
  if (acc) {
    const sStart = from + acc.index + acc[0].length;
    const subject = subjectAfter(text, mentions, sStart - 1, to) ?? null;
    const comma = sentence.indexOf(',', acc.index);
    if (subject) {
      const span = acc.index < 3 && comma > 0 ? content(text, from + comma + 1, to) : content(text, from, from + acc.index);
      if (span) return [{ subject, cue: acc[0].trim(), ...span, rule: 'according-to' }];
    }
  }
  const out: Reported[] = [];
  CUE.lastIndex = 0;
  const cues: RegExpExecArray[] = [];
  for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) cues.push(m);
  // the last verb with a speaker before it decides a trailing attribution
  for (let k = cues.length - 1; k >= Math.max(0, cues.length - MAX_CUES); k--) {
    const m = cues[k];
    const cueStart = from + m.index;
    const cueEnd = cueStart + m[0].length;
    const rest = text.slice(cueEnd, to);
    let subject = subjectBefore(text, mentions, from, cueStart);
    if (!subject) {
      // `Wang, also a member of …, told Pak, …, that …`: the sentence's first person, before its first comma
      const firstComma = sentence.indexOf(',');
      if (commaBefore(text, from, cueStart) && firstComma > 0) {
        const first = mentionsWithin(mentions, from, from + firstComma, ['person'])[0];
        if (first && first.start - from <= 60) subject = { text: text.slice(first.start, first.end), start: first.start, end: first.end, id: first.id, pronoun: null };
      }
    }
    const inverted = !/^(?:told|tells|urged|urges|warned|warns)$/i.test(m[0]) && (!subject || !commaBefore(text, from, subject.start));
    if (inverted && commaBefore(text, from, cueStart)) {
      // `…, said Li.`
      const after = subjectAfter(text, mentions, cueEnd, to);
      if (after && /^[\s,]*$|^[\s,]+(?:who|a|an|the|chairman|president|minister|spokesman|spokeswoman)\b|^[\s.]*$/i.test(text.slice(after.end, to).replace(/,[^,]*$/, ''))) {
        const span = content(text, from, cueStart - (/,\s*$/.exec(text.slice(from, cueStart))?.[0].length ?? 0));
        if (span) return [{ subject: after, cue: m[0], ...span, rule: 'reported-trailing-cue' }];
      }
    }
    if (!subject) continue;
    const trailing = commaBefore(text, from, subject.start) && !/^\s+that\b/i.test(rest) && !hasWords(rest.replace(/^\s*(?:on|in|at|to|during|after|before)\b[^,]*$/i, ''), 5);
    if (trailing) {
      const beforeSubject = text.slice(from, subject.start);
      const span = content(text, from, from + beforeSubject.replace(/,\s*$/, '').length);
      if (span) out.push({ subject, cue: m[0], ...span, rule: 'reported-trailing-cue' });
    } else {
      // after the verb: skip `that`, or a `told Y, …, that` recipient up to its `that`
      let start = cueEnd;
      const that = /^[^.;"]{0,300}?\bthat\s/.exec(rest);
      if (/^told|^tells/i.test(m[0])) {
        if (!that) continue;
        start = cueEnd + that[0].length;
      } else if (/^\s+that\s/.test(rest)) start = cueEnd + /^\s+that\s/.exec(rest)![0].length;
      else if (/^\s+(?:on|in|at|during|after|before|to|via|through|from)\b[^.;"]{0,80}?\bthat\s/i.test(rest)) {
        // `said in a statement that …`, `stated to LA Weekly that …`, `said on Thursday that …`
        start = cueEnd + /^\s+(?:on|in|at|during|after|before|to|via|through|from)\b[^.;"]{0,80}?\bthat\s/i.exec(rest)![0].length;
      }
      else if (/^\s*[,:]/.test(rest)) continue;
      const span = content(text, start, to);
      if (span) out.push({ subject, cue: m[0], ...span, rule: 'reported-leading-cue' });
    }
    break;
  }
  return out;
}
