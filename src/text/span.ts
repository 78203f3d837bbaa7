// Span helpers. Every value newsparse reports carries the half-open range it came from;
// these keep ranges honest instead of searching for text again after it was changed.
import type { Span, TextSpan } from '../schema/story.js';

export const span = (start: number, end: number): Span => ({ start, end });

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff;

/** Narrows [start, end) of `text` past white space at both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The trimmed text of [start, end) with its span. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  const s = trimSpan(text, start, end);
  return { text: text.slice(s.start, s.end), span: s };
}

/** Folds runs of white space (line breaks of hard-wrapped text included) to one space. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
