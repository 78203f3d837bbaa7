// Which way a clause looks in time, from the marker word nearest the date phrase:
//   `Kim will visit Beijing on Friday`  -> future (`will`)
//   `the two met on Monday`             -> past (`met`)
// Only the sentence around the date is read, at most WINDOW characters each side.
import { FUTURE_MARKERS, PAST_MARKERS } from '../../lexicon/dates-relative.js';
import type { Direction } from './calendar.js';

const WINDOW = 160;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const words = (list: readonly string[]): string => list.map(escape).join('|');
const MARKER = new RegExp(`(?<![\\w'])(?:(${words(FUTURE_MARKERS)})|(${words(PAST_MARKERS)}))(?![\\w'])`, 'gi');

/** Offset just past the last sentence end before `i` (a `.`, `!` or `?` then a space). */
function sentenceStart(text: string, from: number, i: number): number {
  for (let k = i - 1; k > from; k--) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[k + 1] ?? '') && !/\b[A-Z][a-z]{0,3}\.$/.test(text.slice(Math.max(0, k - 5), k + 1))) return k + 1;
  }
  return from;
}

function sentenceEnd(text: string, i: number, to: number): number {
  for (let k = i; k < to; k++) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && (k + 1 >= text.length || /\s/.test(text[k + 1])) && !/\b[A-Z][a-z]{0,3}\.$/.test(text.slice(Math.max(0, k - 5), k + 1))) return k;
  }
  return to;
}

export function clauseDirection(text: string, start: number, end: number): Direction {
  const from = sentenceStart(text, Math.max(0, start - WINDOW), start);
  const to = sentenceEnd(text, end, Math.min(text.length, end + WINDOW));
  let best: Direction = 'nearest';
  let bestDistance = Infinity;
  const window = text.slice(from, to);
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(window); m; m = MARKER.exec(window)) {
    const at = from + m.index;
    if (at >= start && at < end) continue; // the date phrase's own `next` / `last`
    const distance = at < start ? start - (at + m[0].length) : at - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = m[1] ? 'future' : 'past';
    }
  }
  return best;
}
