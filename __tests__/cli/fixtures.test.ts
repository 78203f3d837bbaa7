// The built binary over the shipped fixtures: every story gives a record that validates
// and whose spans hold; every broken input gives a valid record or exactly one line on
// stderr, never a stack trace.
import fs from 'node:fs';
import path from 'node:path';
import { Story } from '../../src/schema/story.js';
import { decode } from '../../src/text/decode.js';
import { spanViolations } from '../helpers/spans.js';
import { ROOT, run, lines } from './helpers.js';

const dir = (name: string) => path.join(ROOT, 'fixtures', name);
const has = (name: string) => fs.existsSync(dir(name)) && fs.readdirSync(dir(name)).some((f) => f.endsWith('.txt'));

function checkRecords(stdout: string): string[] {
  const paths: string[] = [];
  for (const line of lines(stdout)) {
    const story = Story.parse(JSON.parse(line));
    const p = story.source.path!;
    expect(spanViolations(decode(fs.readFileSync(path.join(ROOT, p))).text, story)).toEqual([]);
    paths.push(path.basename(p));
  }
  return paths;
}

(has('stories') ? test : test.skip)('fixtures/stories: exit 0, one valid record per story', () => {
  const r = run(['extract', 'fixtures/stories', '--jobs', '2'], { cwd: ROOT });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const want = fs.readdirSync(dir('stories')).filter((f) => f.endsWith('.txt')).sort();
  expect(checkRecords(r.stdout)).toEqual(want);
});

(has('broken') ? test : test.skip)('fixtures/broken: text gives a record, binary one stderr line each; exit 1', () => {
  const r = run(['extract', 'fixtures/broken', '--quiet'], { cwd: ROOT });
  expect(r.code).toBe(1);
  const all = fs.readdirSync(dir('broken')).filter((f) => f.endsWith('.txt')).sort();
  const binary = all.filter((f) => fs.readFileSync(path.join(dir('broken'), f)).includes(0));
  expect(checkRecords(r.stdout)).toEqual(all.filter((f) => !binary.includes(f)));
  expect(lines(r.stderr)).toEqual(binary.map((f) => `newsparse: fixtures/broken/${f}: binary input: contains NUL bytes`));
});
