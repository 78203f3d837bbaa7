import { parseStory, type Story } from '../../src/index.js';
import { spanViolations } from '../helpers/spans.js';

/** Parses `text` and fails the test on any span that does not point at its value. */
export function parse(text: string, options: Parameters<typeof parseStory>[1] = {}): Story {
  const story = parseStory(text, options);
  expect(spanViolations(text, story)).toEqual([]);
  return story;
}

export const slice = (text: string, s: { start: number; end: number } | null | undefined): string | null =>
  s ? text.slice(s.start, s.end) : null;

export const BODY = 'Officials said on Thursday that the two sides had agreed to meet again next month to discuss trade.';
