// Finds the trailers of trailer.ts in the story: first the run at the very end (read from
// the bottom up), then distinctive ones standing inside (`(Reporting by …)` above closing
// captions), then an end mark glued to the last paragraph (`... the talks. -0-`).
import type { SegState } from './model.js';
import { isBlankLine, region } from './model.js';
import { captionOf } from './caption.js';
import type { TrailerRule } from './trailer.js';
import { CONTACT_BLOCK, CONTACT_HEADING, RELEASE_SECTION, INLINE_END_MARK, TRAILER_RULES, signOffAgency, trailerNames, trailerRuleFor, transmissionDate } from './trailer.js';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function addTrailer(st: SegState, first: number, last: number, rule: TrailerRule): void {
  const start = st.lines[first].cs;
  const end = st.lines[last].ce;
  const text = st.text.slice(start, end);
  st.ctx.story.trailers.push({ kind: rule.kind, text, span: { start, end }, names: trailerNames(st.text, start, end, rule) });
  for (let k = first; k <= last; k++) st.lines[k].kind = 'trailer';
  region(st, 'trailer', { start, end });
  if (rule.kind === 'sign-off' && !st.impliedAgency) {
    const short = signOffAgency(text);
    if (short) {
      const name = /[A-Za-z][A-Za-z\- ]*[A-Za-z]/.exec(text);
      const at = name ? start + name.index : start;
      st.impliedAgency = { short, span: name && fold(name[0]) === fold(short) ? { start: at, end: at + name[0].length } : null };
    }
  }
  if (rule.kind === 'transmission' && !st.impliedDate) {
    const d = transmissionDate(text);
    if (d) st.impliedDate = { iso: d.iso, span: { start: start + d.index, end: start + d.index + d.length } };
  }
}

const REPORTING = TRAILER_RULES.find((r) => r.id === 'reporting-credit')!;
const WRAPPED_CREDIT = /^\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Compiling|Research)\s[^()]{2,600}\)\.?$/i;

/** The trailers at the end of the first story, from the bottom up; sets st.trailerStart. */
/** How many lines (past blank ones) the trailers at the end may hold: a real run is a few dozen at most. */
const MAX_TAIL_LINES = 120;

export function tailTrailersRule(st: SegState): void {
  let first = st.end;
  for (let i = st.end - 1, read = 0; i >= 0 && read < MAX_TAIL_LINES; i--) {
    const l = st.lines[i];
    if (isBlankLine(l)) continue;
    read++;
    const rule = trailerRuleFor(l.core, false);
    if (rule) {
      addTrailer(st, i, i, rule);
      first = i;
      continue;
    }
    // a credit wrapped over up to four lines: "(Reporting by Jane Doe;\nEditing by John Roe)"
    if (l.core.endsWith(')') || l.core.endsWith(').')) {
      let j = i - 1;
      let found = -1;
      for (; j >= Math.max(0, i - 4) && !isBlankLine(st.lines[j]); j--) {
        if (st.lines[j].core.startsWith('(')) {
          found = j;
          break;
        }
      }
      if (found >= 0 && WRAPPED_CREDIT.test(st.text.slice(st.lines[found].cs, l.ce))) {
        addTrailer(st, found, i, REPORTING);
        first = found;
        i = found;
        continue;
      }
    }
    // the block this line ends: a contact block is a trailer; a caption is passed over
    let top = i;
    while (top > 0 && top > i - 12 && !isBlankLine(st.lines[top - 1])) top--;
    if (CONTACT_BLOCK.pattern.test(st.lines[top].core)) {
      addTrailer(st, top, i, CONTACT_BLOCK);
      first = top;
      i = top;
      continue;
    }
    if (captionOf(st.text, st.lines[top].cs, l.ce)) {
      i = top;
      continue;
    }
    break;
  }
  st.trailerStart = first;
}

/** Distinctive trailers inside [from, trailerStart): credits and end marks above closing captions. */
export function strongTrailersRule(st: SegState, from: number): void {
  for (let i = from; i < st.end; i++) {
    const l = st.lines[i];
    if (l.kind !== null || isBlankLine(l)) continue;
    const rule = trailerRuleFor(l.core, true);
    if (rule) addTrailer(st, i, i, rule);
  }
}

/** `... the talks. -0-`: the end mark becomes a trailer and the paragraph stops before it. */
export function inlineEndMarkRule(st: SegState): void {
  const body = st.ctx.story.body;
  const last = body[body.length - 1];
  if (!last) return;
  const m = INLINE_END_MARK.exec(last.text);
  if (!m || m.index === 0) return;
  const markText = m[0].trim();
  const at = last.span.start + m.index + m[0].indexOf(markText);
  st.ctx.story.trailers.push({ kind: 'end-mark', text: markText, span: { start: at, end: at + markText.length }, names: [] });
  region(st, 'trailer', { start: at, end: at + markText.length });
  if (markText === '==Kyodo' && !st.impliedAgency) st.impliedAgency = { short: 'Kyodo', span: { start: at + 2, end: at + markText.length } };
  let end = last.span.start + m.index;
  while (end > last.span.start && /\s/.test(st.text[end - 1])) end--;
  last.span = { start: last.span.start, end };
  last.text = st.text.slice(last.span.start, end);
}

/**
 * A press release's closing sections after the story: from an `About Acme Corp.` heading (or
 * `Contacts`, `Media Contact`, `Forward-Looking Statements`) standing alone after the dateline, every
 * block down to the trailers is boilerplate or contacts, not body.
 *   About Helixor Therapeutics \n\n Helixor ... is a company ... \n\n Contacts \n\n Jane Doe, 555-0100
 */
export function releaseTailRule(st: SegState): void {
  if (st.datelineLine < 0) return;
  const stop = st.trailerStart;
  for (let i = st.datelineLine + 1; i < stop; i++) {
    const l = st.lines[i];
    if (isBlankLine(l) || l.kind !== null) continue;
    const rule = RELEASE_SECTION.pattern.test(l.core) ? RELEASE_SECTION : CONTACT_HEADING.pattern.test(l.core) ? CONTACT_HEADING : null;
    const prev = st.lines[i - 1];
    const next = st.lines[i + 1];
    // a heading: a line of its own, a blank or a placed line above it
    if (!rule || (prev && !isBlankLine(prev) && prev.kind === null) || (rule === RELEASE_SECTION && next && !isBlankLine(next))) continue;
    // each block from the heading down is one trailer
    let k = i;
    while (k < stop) {
      if (isBlankLine(st.lines[k]) || st.lines[k].kind !== null) {
        k++;
        continue;
      }
      let last = k;
      while (last + 1 < stop && !isBlankLine(st.lines[last + 1]) && st.lines[last + 1].kind === null) last++;
      addTrailer(st, k, last, CONTACT_HEADING.pattern.test(st.lines[k].core) ? CONTACT_HEADING : RELEASE_SECTION);
      k = last + 1;
    }
    st.trailerStart = i;
    return;
  }
}
