// Splits text into lines without touching it: each line keeps its offsets in the
// original string, and CRLF, lone CR and LF all end a line.
export interface Line {
  /** Index of the line, from 0. */
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** The line's text, without its line break. */
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < n) lines.push({ index: lines.length, start, end: n, text: text.slice(start) });
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** Whether [a, b) of `text` holds a blank line (two line breaks of any kind): a paragraph break. */
export function hasBlankLine(text: string, a: number, b: number): boolean {
  let nl = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) nl++;
    else if (c === 13) {
      nl++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
    if (nl >= 2) return true;
  }
  return false;
}
