// The date, quote, event and agreement stages stay linear on a megabyte of hostile input:
// each case runs the four stages on a hand-built context and must finish quickly.
import { datesStage } from '../../src/extract/dates/index.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { extractEvents } from '../../src/extract/events/index.js';
import { extractAgreements } from '../../src/extract/agreements/index.js';
import { handBuilt } from '../agreements/story-context.js';

const CASES: [string, string][] = [
  ['a million commas in a topic list', 'They signed an agreement on ' + 'a, '.repeat(330_000)],
  ['a hundred thousand ands', 'They signed agreements on ' + 'trade and '.repeat(100_000)],
  ['quotes without end', '"'.repeat(300_000) + '\u201c'.repeat(200_000) + ' said Zhao'],
  ['cue verbs without end', 'Zhao said, '.repeat(90_000)],
  ['dates back to back', 'on Monday April 1, 2024 '.repeat(40_000)],
  ['bare years', '2024 '.repeat(200_000)],
  ['thirty thousand paragraphs', 'Zhao said the deal was signed on Monday.\n\n'.repeat(30_000)],
  ['agreement nouns', 'the agreement '.repeat(70_000)],
];

describe('linear time on hostile input', () => {
  test.each(CASES)('%s', (_name, text) => {
    const t0 = Date.now();
    const ctx = handBuilt(text, { people: { p1: ['Zhao'] }, dateline: { date: '2024-04-11', location: 'Beijing' } });
    ctx.story.dates = [];
    datesStage.run(ctx);
    extractQuotes(ctx);
    extractEvents(ctx);
    extractAgreements(ctx);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});
