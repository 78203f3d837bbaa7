// The built binary, end to end: inputs, output shapes, --out, errors and exit codes.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Story } from '../../src/schema/story.js';
import { ROOT, run, sh, story, tmpdir, writeTree, lines } from './helpers.js';

const records = (stdout: string) => lines(stdout).map((l) => Story.parse(JSON.parse(l)));

describe('newsparse extract: inputs and output shapes', () => {
  const dir = tmpdir();
  writeTree(dir, {
    'raw/001.txt': story(1),
    'raw/002.txt': story(2),
    'raw/a/b.txt': story(3),
    'raw/.hidden.txt': story(4),
    'raw/.git/x.txt': story(5),
    'raw/notes.md': story(6),
    'raw/c.TEXT': story(7),
  });

  test.each([
    ['a file: one compact JSON document', ['raw/001.txt'], ['raw/001.txt']],
    ['a directory: NDJSON in name order, hidden and other extensions skipped', ['raw'], ['raw/001.txt', 'raw/002.txt', 'raw/a/b.txt']],
    ['--ext takes several, case-insensitive', ['raw', '--ext', 'txt,text'], ['raw/001.txt', 'raw/002.txt', 'raw/a/b.txt', 'raw/c.TEXT']],
    ['several files: NDJSON in argument order', ['raw/002.txt', 'raw/001.txt'], ['raw/002.txt', 'raw/001.txt']],
  ])('%s', (_name, args, paths) => {
    const r = run(['extract', ...args], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(paths.length);
    expect(records(r.stdout).map((s) => s.source.path)).toEqual(paths);
  });

  test('stdin, as - or with no PATH, is one document with source.path "-"', () => {
    for (const args of [['extract', '-'], ['extract']]) {
      const r = run(args, { input: story(9) });
      expect(r.code).toBe(0);
      const s = Story.parse(JSON.parse(r.stdout));
      expect(s.source.path).toBe('-');
      expect(s.source.bytes).toBe(Buffer.byteLength(story(9)));
    }
  });

  test('--pretty indents one document; --compact keeps one line', () => {
    const pretty = run(['extract', 'raw/001.txt', '--pretty'], { cwd: dir });
    expect(pretty.stdout.startsWith('{\n  "schemaVersion"')).toBe(true);
    const compact = run(['extract', 'raw/001.txt', '--compact'], { cwd: dir });
    expect(lines(compact.stdout)).toHaveLength(1);
    expect(JSON.parse(compact.stdout)).toEqual(JSON.parse(pretty.stdout));
  });

  test('the bundled start-up path and tsc\'s modules give the same records', () => {
    const viaBin = run(['extract', 'raw'], { cwd: dir });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'run.js'), 'extract', 'raw'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(viaBin.stdout);
  });

  test('--pretty and --compact together are a usage error', () => {
    expect(run(['extract', 'raw/001.txt', '--pretty', '--compact'], { cwd: dir }).code).toBe(2);
  });
});

describe('newsparse extract --out', () => {
  test('mirrors the tree under the directory given; a file named directly lands at OUT/NAME.json', () => {
    const dir = tmpdir();
    writeTree(dir, { 'raw/001.txt': story(1), 'raw/a/b.txt': story(2), 'other/x.txt': story(3) });
    const r = run(['extract', 'raw', 'other/x.txt', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const found = sh('find o -type f | sort', dir).stdout.trim().split('\n');
    expect(found).toEqual(['o/001.json', 'o/a/b.json', 'o/x.json']);
    const rec = Story.parse(JSON.parse(fs.readFileSync(path.join(dir, 'o/a/b.json'), 'utf8')));
    expect(rec.source.path).toBe('raw/a/b.txt');
  });

  test('two inputs with one output name: the second is refused, not overwritten', () => {
    const dir = tmpdir();
    writeTree(dir, { 'a/x.txt': story(1), 'b/x.txt': story(2) });
    const r = run(['extract', 'a/x.txt', 'b/x.txt', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\/x\.txt: .*already written/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'o/x.json'), 'utf8')).source.path).toBe('a/x.txt');
  });

  test('never writes outside OUT, even through a symbolic link inside it', () => {
    const dir = tmpdir();
    writeTree(dir, { 'raw/a/b.txt': story(1), 'raw/c.txt': story(2) });
    fs.mkdirSync(path.join(dir, 'o'));
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'o', 'a'));
    const r = run(['extract', 'raw', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/raw\/a\/b\.txt: .*outside --out/);
    expect(fs.readdirSync(path.join(dir, 'elsewhere'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'o/c.json'))).toBe(true);
  });

  test('--resume skips outputs newer than their input and redoes stale ones', () => {
    const dir = tmpdir();
    writeTree(dir, { 'raw/1.txt': story(1), 'raw/2.txt': story(2) });
    expect(run(['extract', 'raw', '--out', 'o'], { cwd: dir }).code).toBe(0);
    const old = new Date(Date.now() - 3600_000);
    fs.utimesSync(path.join(dir, 'o/2.json'), old, old); // output now older than its input
    fs.writeFileSync(path.join(dir, 'o/1.json'), '"kept"\n');
    const r = run(['extract', 'raw', '--out', 'o', '--resume'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'o/1.json'), 'utf8')).toBe('"kept"\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'o/2.json'), 'utf8')).source.path).toBe('raw/2.txt');
    expect(r.stderr).toMatch(/1 written, 1 up to date/);
  });

  test('leaves no temporary files', () => {
    const dir = tmpdir();
    writeTree(dir, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`raw/${i}.txt`, story(i)])));
    expect(run(['extract', 'raw', '--out', 'o', '--jobs', '2'], { cwd: dir }).code).toBe(0);
    expect(sh('find o -name "*.tmp" | wc -l', dir).stdout.trim()).toBe('0');
    expect(fs.readdirSync(path.join(dir, 'o'))).toHaveLength(40);
  });
});

describe('newsparse extract: bad inputs and exit codes', () => {
  const dir = tmpdir();
  writeTree(dir, {
    'raw/1.txt': story(1),
    'raw/2-binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
    'raw/3.txt': story(3),
    'raw/4-big.txt': story(4) + 'x'.repeat(4096),
    'raw/5-latin1.txt': Buffer.from('BEIJING, May 1 (Xinhua) -- Caf\xe9 talks.\n', 'latin1'),
    'raw/6-empty.txt': '',
  });
  fs.symlinkSync('..', path.join(dir, 'raw', 'loop'));
  fs.symlinkSync('nowhere.txt', path.join(dir, 'raw', 'broken.txt'));

  test('each bad file is one line on stderr naming it; the rest are processed; exit 1', () => {
    const r = run(['extract', 'raw', 'missing.txt', '--max-bytes', '2KB'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((s) => s.source.path)).toEqual(['raw/1.txt', 'raw/3.txt', 'raw/5-latin1.txt', 'raw/6-empty.txt']);
    const err = lines(r.stderr);
    const about = (name: string) => err.filter((l) => l.includes(name));
    expect(about('missing.txt')).toEqual(['newsparse: missing.txt: no such file or directory']);
    expect(about('2-binary.txt')[0]).toMatch(/binary input/);
    expect(about('4-big.txt')[0]).toMatch(/larger than --max-bytes 2 KiB/);
    expect(about('raw/loop')[0]).toMatch(/symbolic link loop/);
    expect(about('broken.txt')[0]).toMatch(/broken symbolic link/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  test('the latin-1 byte is a warning in the record, not an error', () => {
    const r = run(['extract', 'raw/5-latin1.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(Story.parse(JSON.parse(r.stdout)).warnings.map((w) => w.code)).toContain('invalid-utf8');
  });

  test('--max-bytes also bounds stdin', () => {
    const r = run(['extract', '-', '--max-bytes', '100'], { input: story(1) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\(stdin\): .*larger than --max-bytes 100 bytes/);
  });

  test.each([
    [['extract', '--bogus']],
    [['extract', 'raw', '--jobs', '0']],
    [['extract', 'raw', '--max-bytes', 'lots']],
    [['extract', 'raw', '--resume']],
    [['extract', 'raw', '--ndjson-in']],
    [['frobnicate']],
  ])('usage error %j: exit 2 and a message on stderr', (args) => {
    const r = run(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error/);
  });

  test('--version prints package.json version; --help shows examples and exit codes', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const help = run(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes:/);
  });

  test('schema prints a JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).type).toBe('object');
  });

  test('unreadable files and directories are reported and skipped', () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to test here
    const d = tmpdir();
    writeTree(d, { 'raw/ok.txt': story(1), 'raw/secret.txt': story(2), 'raw/locked/x.txt': story(3) });
    fs.chmodSync(path.join(d, 'raw/secret.txt'), 0);
    fs.chmodSync(path.join(d, 'raw/locked'), 0);
    const r = run(['extract', 'raw'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/secret\.txt: cannot read: permission denied/);
    expect(r.stderr).toMatch(/locked: cannot read directory: permission denied/);
    expect(records(r.stdout)).toHaveLength(1);
  });
});
