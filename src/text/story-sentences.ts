// The sentences of one stretch of a story, split once per story however many stages read
// them: the quote stage reads every paragraph twice (subjects for `he`, then reported
// speech), the event and agreement stages once each. Kept in ctx.scratch, so the cache
// lives and dies with the story; callers must not change the arrays they get.
import { perStory, type Context } from '../context.js';
import { splitSentences, type Sentence } from './sentences.js';

const KEY = 'text/sentences';

export function storySentences(ctx: Context, from: number, to: number): readonly Sentence[] {
  const byRange = perStory(ctx, KEY, () => new Map<string, Sentence[]>());
  const key = `${from}:${to}`;
  let found = byRange.get(key);
  if (!found) {
    found = splitSentences(ctx.text, from, to);
    byRange.set(key, found);
  }
  return found;
}
