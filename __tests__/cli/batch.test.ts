// Batches: worker order, closed pipes, --ndjson-in, GNU parallel, interruption.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Story } from '../../src/schema/story.js';
import { BIN, run, sh, story, tmpdir, writeTree, lines } from './helpers.js';

const N = 300;
const dir = tmpdir('newsparse-batch-');
writeTree(dir, Object.fromEntries(Array.from({ length: N }, (_, i) => [`raw/${String(i).padStart(4, '0')}.txt`, story(i)])));
const sorted = Array.from({ length: N }, (_, i) => `raw/${String(i).padStart(4, '0')}.txt`);

describe('worker threads', () => {
  test('output order is the input order whatever the number of workers, and the records agree', () => {
    const one = run(['extract', 'raw', '--jobs', '1'], { cwd: dir });
    const three = run(['extract', 'raw', '--jobs', '3'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(lines(three.stdout).map((l) => JSON.parse(l).source.path)).toEqual(sorted);
    expect(three.stdout).toBe(one.stdout);
  });
});

describe('progress bar', () => {
  const hasScript = sh('command -v script').code === 0;
  // `script` gives the run a terminal; elsewhere in these tests stderr is a pipe and must stay empty.
  (hasScript ? test : test.skip)('shows count, rate and ETA on a terminal, nothing with --quiet (skipped without `script`)', () => {
    const shown = sh(`script -qec "$NEWSPARSE extract raw --out o1" /dev/null`, dir);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`${N}/${N} stories \\| \\d+/s \\| ETA`));
    const quiet = sh(`script -qec "$NEWSPARSE extract raw --out o2 --quiet" /dev/null`, dir);
    expect(quiet.stdout).not.toMatch(/stories/);
  });
});

describe('closed stdout pipe', () => {
  test('`| head -n 1` ends the run quietly with exit 0', () => {
    const r = sh(`set -o pipefail; $NEWSPARSE extract raw --jobs 2 | head -n 1`, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
  });
});

describe('--ndjson-in', () => {
  const input = [
    JSON.stringify({ id: 'a', text: story(1) }),
    'this is not json',
    '',
    JSON.stringify({ id: 7, text: story(2) }),
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'big', text: story(3) + 'y'.repeat(5000) }),
    JSON.stringify({ id: 'c', text: story(4) }),
  ].join('\n');

  test('one record a line with source.path = id; a bad line is one error and the rest go on', () => {
    const r = run(['extract', '--ndjson-in', '--max-bytes', '4KB'], { input });
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => Story.parse(JSON.parse(l)).source.path)).toEqual(['a', '7', 'c']);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^newsparse: stdin line 2: not a JSON line/),
      expect.stringMatching(/^newsparse: stdin line 5: missing "text"/),
      expect.stringMatching(/^newsparse: big \(stdin line 6\): .*larger than --max-bytes/),
    ]);
  });

  test('a line too long for --max-bytes is refused unread and the next lines go on', () => {
    const input = [JSON.stringify({ id: 'huge', text: 'z'.repeat(50_000) }), JSON.stringify({ id: 'after', text: story(1) })].join('\n');
    const r = run(['extract', '--ndjson-in', '--max-bytes', '10KB'], { input });
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.path)).toEqual(['after']);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^newsparse: stdin line 1: line of 48\.9 KiB is too long for --max-bytes 10 KiB; skipped$/)]);
  });

  test('keeps order over many records through workers', () => {
    const many = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `s${i}`, text: story(i) })).join('\n') + '\n';
    const r = run(['extract', '--ndjson-in', '--jobs', '2'], { input: many });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.path)).toEqual(Array.from({ length: 200 }, (_, i) => `s${i}`));
  });

  const hasParallel = sh('command -v parallel && parallel --version | head -n 1').stdout.includes('GNU parallel');
  (hasParallel ? test : test.skip)('runs as a filter under GNU parallel --pipe (skipped when GNU parallel is not installed)', () => {
    const file = path.join(dir, 'in.ndjson');
    fs.writeFileSync(file, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `p${i}`, text: story(i) })).join('\n') + '\n');
    const r = sh(`parallel --will-cite --pipe --keep-order --block 20k -j 2 $NEWSPARSE extract --ndjson-in --jobs 1 < in.ndjson`, dir);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.path)).toEqual(Array.from({ length: 400 }, (_, i) => `p${i}`));
  });
});

describe('interruption', () => {
  test('SIGINT leaves no partial or temporary files; --resume completes the run', async () => {
    const big = tmpdir('newsparse-sigint-');
    const M = 1500;
    writeTree(big, Object.fromEntries(Array.from({ length: M }, (_, i) => [`raw/${i}.txt`, story(i).repeat(20)])));
    const child = spawn(process.execPath, [BIN, 'extract', 'raw', '--out', 'o', '--jobs', '2'], { cwd: big, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Wait for the first outputs, then interrupt mid-batch.
    const outDir = path.join(big, 'o');
    for (let i = 0; i < 400 && !(fs.existsSync(outDir) && fs.readdirSync(outDir).length > 20); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted .*--resume/);
    const written = fs.readdirSync(outDir);
    expect(written.filter((f) => !f.endsWith('.json'))).toEqual([]);
    expect(written.length).toBeLessThan(M);
    for (const f of written) Story.parse(JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8')));
    const again = run(['extract', 'raw', '--out', 'o', '--resume', '--jobs', '2'], { cwd: big });
    expect(again.code).toBe(0);
    expect(fs.readdirSync(outDir)).toHaveLength(M);
    expect(again.stderr).toMatch(new RegExp(`${M - written.length} written, ${written.length} up to date`));
  }, 120_000);
});
