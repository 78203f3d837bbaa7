// Every date, quote, event and agreement this part writes keeps a span that points at its
// text, on the seed and on every fixture story, whatever the other stages find.
import fs from 'node:fs';
import path from 'node:path';
import { parseBytes } from '../../src/index.js';
import { spanViolations } from '../helpers/spans.js';

const dirs = [path.resolve('fixtures/stories'), path.resolve('../shared/seeds')].filter((d) => fs.existsSync(d));
const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));

describe('spans of dates, quotes, events and agreements', () => {
  test.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const story = parseBytes(fs.readFileSync(file));
    const mine = { ...story, people: [], organizations: [], locations: [], header: { ...story.header, bylines: [], advisories: [] }, captions: [], body: [], bullets: [], trailers: [], dateline: null, warnings: [] };
    // the input as parseBytes decoded it: re-decode the same way
    const text = new TextDecoder('utf-8').decode(fs.readFileSync(file)).replace(/^\uFEFF/, '');
    if (story.source.encoding !== 'utf-8') return;
    expect(spanViolations(text, mine)).toEqual([]);
    for (const q of story.quotes) expect(q.text.length).toBeGreaterThan(0);
    for (const a of story.agreements) if (!['signed', 'reached', 'initialed', 'concluded', 'ratified'].includes(a.status)) expect(a.topics).toEqual([]);
    expect(story.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
  });
});
