// The titles stage reads the story's tokens from the sentences the entities stage already
// split (storyTokens), not from tokenizing the whole text again. That is only a saving if
// the tokens are the same: every fixture and random wire-like text checks it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Context } from '../../src/context.js';
import { parseStory } from '../../src/index.js';
import { titlesStage } from '../../src/extract/titles/index.js';
import { storyTokens } from '../../src/extract/titles/units.js';
import { tokenize, type Token } from '../../src/text/tokens.js';
import { decode } from '../../src/text/decode.js';

// the context as the titles stage sees it, after segment, dates and entities
function contextOf(text: string): Context {
  let seen: Context | null = null;
  const run = titlesStage.run;
  titlesStage.run = (ctx) => {
    seen = ctx;
    run(ctx);
  };
  try {
    parseStory(text);
  } finally {
    titlesStage.run = run;
  }
  return seen!;
}

// (a stretch's first token may lack newlineBefore: toUnits reads every other field)
const shape = (t: Token) => [t.text, t.start, t.end, t.kind, t.upper].join('|');
const same = (text: string): void => {
  expect(storyTokens(contextOf(text)).map(shape)).toEqual(tokenize(text).map(shape));
};

const stories = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'stories');
const texts = fs.readdirSync(stories).filter((f) => f.endsWith('.txt')).map((f) => [f, fs.readFileSync(path.join(stories, f))] as const)
  .filter(([, b]) => !b.includes(0)).map(([f, b]) => [f, decode(b).text] as const);

describe('storyTokens gives the tokens tokenize gives the whole story', () => {
  test.each(texts)('%s', (_f, text) => same(text));

  const piece = fc.constantFrom('BEIJING, April 11 (Xinhua) -- ', 'By JOHN SMITH\n', 'U.S. ', 'L. Ron ', 'Mr. ', "China's ", 'Workers\' ', '(CPC) ',
    'President Kim Jong Un', '\n\n', '\r\n', ' ', '\u00a0', '. ', '"', '“', 'a.m.', 'ComradeRi', '-', '—', 'é', '😀');
  test('random wire-like texts', () => {
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 50 }).map((a) => a.join('')), (text) => same(text)), { numRuns: 200 });
  });
});
