// Splits unplaced lines into paragraphs, keeping each paragraph's exact extent.
//   blank-line separated paragraphs            (most feeds; ` \n` spacer lines are blank)
//   one paragraph per line                     (KCNA: lines end in full stops)
//   hard-wrapped lines, new paragraph indented (Reuters 1987, ANSA, Kyodo, AP ANPA):
//      "   LONDON, March 2 - Shares fell\nsharply in early trading.\n   Dealers said ..."
//   the whole body on one line, paragraphs joined by two spaces: "...said.  The ..."
import type { SegLine, SegState } from './model.js';
import { isBlankLine } from './model.js';

export interface Para {
  start: number;
  end: number;
  /** Indices of the first and last line. */
  first: number;
  last: number;
}

const TERMINAL = /[.!?:;"”'’)\]]$/;
const isIndented = (st: SegState, l: SegLine): boolean => {
  const c = st.text.charCodeAt(l.start);
  return c === 9 || (l.indent >= 2 && l.indent <= 10);
};

function widthOf(lines: SegLine[]): number {
  let w = 0;
  for (const l of lines) w = Math.max(w, l.ce - l.start);
  return w;
}

function isWrapped(lines: SegLine[]): boolean {
  if (lines.length < 2) return false;
  const max = widthOf(lines);
  if (max > 140) return false;
  const inner = lines.slice(0, -1);
  const open = inner.filter((l) => !TERMINAL.test(l.core)).length;
  return open * 2 >= inner.length;
}

function splitBlock(st: SegState, block: SegLine[]): SegLine[][] {
  if (block.length === 1) return [block];
  const ind = block.map((l) => isIndented(st, l));
  const some = ind.some(Boolean);
  const all = ind.every(Boolean);
  const out: SegLine[][] = [];
  if (some && !all) {
    // a paragraph starts at each indented line
    for (let i = 0; i < block.length; i++) {
      if (i === 0 || ind[i]) out.push([block[i]]);
      else out[out.length - 1].push(block[i]);
    }
    return out;
  }
  if (!isWrapped(block)) return block.map((l) => [l]);
  // wrapped without indents: a short line ending a sentence ends its paragraph
  const width = widthOf(block);
  let cur: SegLine[] = [];
  for (const l of block) {
    cur.push(l);
    if (TERMINAL.test(l.core) && l.ce - l.start < width * 0.6) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The first paragraph of the unplaced lines in [from, to), reading no further than its block. */
export function paragraphAt(st: SegState, from: number, to: number): Para | undefined {
  let i = from;
  while (i < to && (isBlankLine(st.lines[i]) || st.lines[i].kind !== null)) i++;
  let j = i;
  while (j < to && !isBlankLine(st.lines[j]) && st.lines[j].kind === null) j++;
  return i < to ? paragraphs(st, i, j)[0] : undefined;
}

/** Paragraphs of the unplaced lines in [from, to). */
export function paragraphs(st: SegState, from: number, to: number): Para[] {
  const out: Para[] = [];
  let block: SegLine[] = [];
  const flush = (): void => {
    for (const group of splitBlock(st, block)) {
      const first = group[0];
      const last = group[group.length - 1];
      out.push({ start: first.cs, end: last.ce, first: first.index, last: last.index });
    }
    block = [];
  };
  for (let i = from; i < to; i++) {
    const l = st.lines[i];
    if (isBlankLine(l) || l.kind !== null) {
      if (block.length) flush();
      continue;
    }
    block.push(l);
  }
  if (block.length) flush();
  return out;
}

// "...the talks.  The two sides ..." (two spaces or more after a sentence, then a capital)
const JOINED = /[.!?"”'’)]( {2,}|\t+)(?=["“‘']?\p{Lu})/gu;

/** A paragraph that holds a whole body on one line, cut where two spaces follow a sentence. */
export function splitJoined(text: string, p: Para): Para[] {
  if (p.first !== p.last || p.end - p.start < 600) return [p];
  const s = text.slice(p.start, p.end);
  const out: Para[] = [];
  let prev = 0;
  JOINED.lastIndex = 0;
  for (let m = JOINED.exec(s); m; m = JOINED.exec(s)) {
    out.push({ ...p, start: p.start + prev, end: p.start + m.index + 1 });
    prev = m.index + m[0].length;
  }
  out.push({ ...p, start: p.start + prev, end: p.end });
  return out.length > 2 ? out : [p];
}
