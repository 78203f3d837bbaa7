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
