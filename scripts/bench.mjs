#!/usr/bin/env node
// npm run bench: how fast newsparse is, beside compromise on the same text.
//
//   node scripts/bench.mjs [--stories N] [--jobs N] [--sample N] [--rounds N] [--keep]
//   (--in-process: section 3 only, as JSON on stdout; --compromise-batch DIR: compromise over
//   DIR's files, its CPU as JSON on stdout; the bench runs itself so in a child)
//
// 1. Generates a corpus of N stories (default 5000) under .bench/corpus from
//    fixtures/stories: body paragraphs shuffled, names, months and numbers swapped, so
//    no two stories are alike. Never committed (.bench/ is ignored).
// 2. Runs the built CLI over the whole corpus in fresh processes (`extract DIR --out`),
//    once with one job and once with --jobs N, then with one job writing NDJSON to stdout,
//    and reads the process's own CPU time and peak RSS (worker threads included) from
//    NEWSPARSE_STATS.
// 2b. Batch: each engine over the same 1000 stories in a fresh process, one core, as a
//    user runs it over an archive (start-up, import, V8's compiling and GC all counted):
//    the CLI writing NDJSON, and compromise's people()/organizations()/places() over each
//    file (this script with --compromise-batch DIR, since compromise has no CLI). Rounds
//    alternate the two engines, so a neighbour's load on this machine falls on both.
// 3. Times parseBytes and compromise's nlp(text).people()/organizations()/places() in
//    this process on the same sample of stories, one core each: a first pass (mostly V8
//    compiling each engine) and a warm pass once each engine has seen the sample. Then the
//    same in a child process under the V8 flags the CLI sets (src/cli/jit-flags.ts), both
//    engines, since those flags are how newsparse runs from the command line.
// 4. Start-up: fastest of 15 fresh `newsparse extract one.txt` against `node -e ''`, and
//    compromise's import alone.
// 5. Pathological 1-2 MB inputs (commas, endless capitals, open parentheses, ...).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const STORIES = opt('--stories', 5000);
const JOBS = opt('--jobs', os.availableParallelism?.() ?? os.cpus().length);
const SAMPLE = opt('--sample', 300);
const ROUNDS = opt('--rounds', 3);
const BIN = path.join(root, 'bin', 'newsparse.js');
const benchDir = path.join(root, '.bench');
const corpus = path.join(benchDir, 'corpus');

if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

// ---- 1. corpus ------------------------------------------------------------------------
// A small seeded generator, so a corpus is the same from run to run.
let seed = 0x9e3779b9;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (a) => a[Math.floor(rand() * a.length)];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const GIVEN = ['Anna', 'Boris', 'Chen', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jamal', 'Kenji', 'Lucia', 'Marta', 'Nikolai', 'Omar', 'Priya'];
const FAMILY = ['Abbott', 'Bauer', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov'];
const monthRe = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g');
// Minister Anna Bauer | President John Smith: a title word, then two capitalised words.
const namedRe = /\b(President|Minister|Chairman|Premier|Mr\.|Mrs\.|Ms\.|Dr\.|General|Secretary) ([A-Z][a-z]+) ([A-Z][a-z]+)\b/g;

function sources() {
  const dir = path.join(root, 'fixtures', 'stories');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  // Binary and UTF-16 fixtures (damaged-input cases) are left out: the corpus is wire copy.
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f))).filter((b) => !b.includes(0)).map((b) => b.toString('utf8'));
  if (!texts.length) texts.push(fs.readFileSync(path.join(root, '..', 'shared', 'seeds', fs.readdirSync(path.join(root, '..', 'shared', 'seeds'))[0]), 'utf8'));
  return texts;
}

function vary(text) {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const blocks = text.split(/(?:\r?\n){2,}/);
  // Keep the header (first two blocks) and the trailer (last), shuffle the rest.
  if (blocks.length > 4) {
    const mid = blocks.slice(2, -1);
    for (let i = mid.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [mid[i], mid[j]] = [mid[j], mid[i]];
    }
    blocks.splice(2, mid.length, ...mid);
  }
  return blocks
    .join(eol + eol)
    .replace(monthRe, () => pick(MONTHS))
    .replace(namedRe, (_m, title) => `${title} ${pick(GIVEN)} ${pick(FAMILY)}`)
    .replace(/\b([12]?\d)\b/g, (d) => String(1 + Math.floor(rand() * 28)).padStart(d.length, '0'));
}

function makeCorpus() {
  const stamp = path.join(corpus, `.made-${STORIES}`);
  if (fs.existsSync(stamp)) return;
  fs.rmSync(corpus, { recursive: true, force: true });
  const texts = sources();
  for (let i = 0; i < STORIES; i++) {
    const sub = path.join(corpus, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}.txt`), vary(texts[i % texts.length]));
  }
  fs.writeFileSync(stamp, '');
}

function corpusFiles() {
  const out = [];
  for (const sub of fs.readdirSync(corpus).sort()) {
    if (sub.startsWith('.')) continue;
    for (const f of fs.readdirSync(path.join(corpus, sub)).sort()) out.push(path.join(corpus, sub, f));
  }
  return out;
}

// ---- 2. the CLI over the corpus ---------------------------------------------------------
// `--out DIR` (one file per story, as an archive run writes them) or NDJSON on stdout
// (to /dev/null here): creating a file costs the kernel ~0.2 ms on a virtual disk, CPU that
// compromise's figures below never include, so the stdout run is the like-for-like one.
/** The CLI's NEWSPARSE_STATS line from its stderr (CPU in ms, peak RSS in KB), or null. */
function readStats(stderr) {
  const line = stderr.split('\n').find((l) => l.startsWith('newsparse-stats '));
  return line ? JSON.parse(line.slice('newsparse-stats '.length)) : null;
}

function cliRun(jobs, toFiles = true) {
  const out = path.join(benchDir, `out-${jobs}`);
  fs.rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'extract', corpus, ...(toFiles ? ['--out', out] : []), '--jobs', String(jobs), '--quiet'], {
    env: { ...process.env, NEWSPARSE_STATS: '1' },
    encoding: 'utf8',
    stdio: ['ignore', toFiles ? 'pipe' : 'ignore', 'pipe'],
  });
  const wall = (performance.now() - t0) / 1000;
  const errors = r.stderr.split('\n').filter((l) => l && !l.startsWith('newsparse-stats')).length;
  const stats = readStats(r.stderr);
  fs.rmSync(out, { recursive: true, force: true });
  return {
    wall, code: r.status, errors,
    cpu: stats ? (stats.userCpuMs + stats.systemCpuMs) / 1000 : NaN,
    sys: stats ? stats.systemCpuMs / 1000 : NaN,
    rssMb: stats ? stats.maxRssKb / 1024 : NaN,
  };
}

// ---- 2b. batch, both engines, fresh processes -------------------------------------------
async function compromiseBatch(dir) {
  const nlp = (await import('compromise')).default;
  let stories = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    const doc = nlp(fs.readFileSync(path.join(dir, f), 'utf8'));
    doc.people().json();
    doc.organizations().json();
    doc.places().json();
    stories++;
  }
  const u = process.resourceUsage();
  return { stories, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMb: u.maxRSS / 1024 };
}

function batchRound(dir) {
  const np = spawnSync(process.execPath, [BIN, 'extract', dir, '--jobs', '1', '--quiet'], {
    env: { ...process.env, NEWSPARSE_STATS: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stats = readStats(np.stderr);
  const cp = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--compromise-batch', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const c = cp.status === 0 ? JSON.parse(cp.stdout) : null;
  if (!c) console.error(`bench: compromise's batch failed: ${cp.stderr.slice(0, 500)}`);
  const stories = fs.readdirSync(dir).length;
  return {
    stories,
    np: stats ? (stats.userCpuMs + stats.systemCpuMs) / stories : NaN,
    cp: c ? (c.cpu * 1000) / c.stories : NaN,
  };
}

// ---- 3. in-process, one core: newsparse vs compromise ------------------------------------
function cpuSeconds(fn) {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

// ---- 4. start-up ---------------------------------------------------------------------
function fastest(argv, n = 15) {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, argv, { stdio: 'ignore' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// ---- 5. pathological inputs ------------------------------------------------------------
const MB = 1 << 20;
const fill = (unit, size = MB) => unit.repeat(Math.ceil(size / unit.length));
const HOSTILE = [
  ['a million commas', () => fill(',')],
  ['capitalised words without end', () => fill('Aaa Bbb Ccc ')],
  ['200,000 open parentheses', () => fill('(', 200_000) + ' BEIJING (Xinhua) -- ' + fill('Word ', MB - 200_000)],
  ['appositive chain x thousands', () => 'BEIJING, April 11 (Xinhua) -- ' + fill('Li Wei, a member of the Standing Committee and chairman of the Foreign Affairs Commission, ')],
  ['one 2 MB line', () => fill('the minister said that talks went on and ', 2 * MB)],
  ['quotes without end', () => fill('He said "yes and ')],
  ['dateline-like lines without end', () => fill('BEIJING, April 11 (Xinhua) --\n')],
];

// ---- run -------------------------------------------------------------------------------
const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const row = (cells) => `| ${cells.join(' | ')} |`;

// Section 3 in this process: both engines over the same sample, one core. Returns CPU
// seconds per pass, and newsparse's CPU per stage in its second pass.
async function inProcess(files) {
  const { parseBytes } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / SAMPLE)) === 0).slice(0, SAMPLE).map((f) => fs.readFileSync(f));
  const tryParse = (b) => {
    try {
      parseBytes(b);
    } catch {
      /* binary: the CLI reports it; nothing to time */
    }
  };
  for (const b of sample.slice(0, 20)) tryParse(b); // warm up
  const npCpu = cpuSeconds(() => {
    for (const b of sample) tryParse(b);
  });
  // Where newsparse's CPU goes: each stage's share over the same sample.
  const { STAGES } = await import(pathToFileURL(path.join(root, 'dist', 'pipeline.js')).href);
  const stageCpu = new Map(STAGES.map((s) => [s.name, 0]));
  const originals = STAGES.map((s) => s.run);
  STAGES.forEach((s, i) => {
    s.run = (ctx) => {
      const c0 = process.cpuUsage();
      try {
        return originals[i].call(s, ctx);
      } finally {
        const c = process.cpuUsage(c0);
        stageCpu.set(s.name, stageCpu.get(s.name) + (c.user + c.system) / 1e6);
      }
    };
  });
  const allCpu = cpuSeconds(() => {
    for (const b of sample) tryParse(b);
  });
  STAGES.forEach((s, i) => (s.run = originals[i]));
  // A third pass, uninstrumented: both engines are timed again once each has seen the whole
  // sample, since a first pass is mostly V8 compiling the engine (its share differs by engine).
  const npWarmCpu = cpuSeconds(() => {
    for (const b of sample) tryParse(b);
  });

  const t0 = performance.now();
  const nlp = (await import('compromise')).default;
  const nlpImportMs = performance.now() - t0;
  const texts = sample.map((b) => b.toString('utf8'));
  for (const t of texts.slice(0, 5)) nlp(t).people(); // warm up
  const compromisePass = () => {
    for (const t of texts) {
      const doc = nlp(t);
      doc.people().json();
      doc.organizations().json();
      doc.places().json();
    }
  };
  const cpCpu = cpuSeconds(compromisePass);
  const cpWarmCpu = cpuSeconds(compromisePass);
  return {
    stories: sample.length,
    mb: sample.reduce((s, b) => s + b.length, 0) / MB,
    npCpu, npWarmCpu, cpCpu, cpWarmCpu, allCpu, nlpImportMs,
    stageCpu: [...stageCpu],
  };
}

if (args.includes('--compromise-batch')) {
  process.stdout.write(JSON.stringify(await compromiseBatch(args[args.indexOf('--compromise-batch') + 1])) + '\n');
  process.exit(0);
}
// Real news text: the dev set's Wikinews articles (../shared/devset/gum-news), when present.
const devsetDir = path.join(root, '..', 'shared', 'devset', 'gum-news');
const devsetFiles = () => (fs.existsSync(devsetDir) ? fs.readdirSync(devsetDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(devsetDir, f)) : []);

if (args.includes('--in-process')) {
  process.stdout.write(JSON.stringify(await inProcess(args.includes('--devset') ? devsetFiles() : corpusFiles())) + '\n');
  process.exit(0);
}

makeCorpus();
const files = corpusFiles();
const totalBytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
const mb = totalBytes / MB;
console.log(`corpus: ${files.length} stories, ${fmt(mb)} MiB, from ${sources().length} fixture stories (${path.relative(root, corpus)})`);

const one = cliRun(1);
const many = JOBS > 1 ? cliRun(JOBS) : one;
const oneStdout = cliRun(1, false);
const batchDir = path.join(corpus, '000');
const rounds = Array.from({ length: ROUNDS }, () => batchRound(batchDir));

const ip = await inProcess(files);
// The same in a fresh process under the CLI's V8 flags (both engines).
const { DEFAULT_JIT_FLAGS } = await import(pathToFileURL(path.join(root, 'dist', 'cli', 'jit-flags.js')).href);
const child = spawnSync(process.execPath, [...DEFAULT_JIT_FLAGS.split(/\s+/), fileURLToPath(import.meta.url), '--in-process', '--sample', String(SAMPLE)], { encoding: 'utf8', maxBuffer: 1 << 24 });
const cliFlags = child.status === 0 ? JSON.parse(child.stdout) : null;
if (!cliFlags) console.error(`bench: the run under the CLI's V8 flags failed: ${child.stderr.slice(0, 500)}`);
// The same on real news text, in a fresh process under the CLI's flags.
let real = null;
if (devsetFiles().length) {
  const c = spawnSync(process.execPath, [...DEFAULT_JIT_FLAGS.split(/\s+/), fileURLToPath(import.meta.url), '--in-process', '--devset'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  real = c.status === 0 ? JSON.parse(c.stdout) : null;
  if (!real) console.error(`bench: the run over the dev set failed: ${c.stderr.slice(0, 500)}`);
}

const nodeMs = fastest(['-e', '']);
const oneFile = files[0];
const startMs = fastest([BIN, 'extract', oneFile]);
const compromiseStartMs = fastest(['--input-type=module', '-e', "await import('compromise')"], 7);

console.log('\n## Throughput (CLI over the whole corpus, fresh process)\n');
console.log(row(['run', 'wall s', 'stories/s', 'MB/s', 'CPU s', 'of which kernel', 'CPU s per MB', 'ms CPU per story', 'peak RSS MB', 'errors']));
console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));
for (const [name, r] of [['--jobs 1 --out DIR', one], [`--jobs ${JOBS} --out DIR`, many], ['--jobs 1, NDJSON to stdout', oneStdout]]) {
  console.log(row([name, fmt(r.wall), fmt(files.length / r.wall, 0), fmt(mb / r.wall), fmt(r.cpu), fmt(r.sys), fmt(r.cpu / mb, 3), fmt((r.cpu * 1000) / files.length, 2), fmt(r.rssMb, 0), String(r.errors)]));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const batchRatios = rounds.map((r) => r.cp / r.np);
console.log(`\n## Batch: each engine over the same ${rounds[0].stories} stories in a fresh process, one core, start-up included\n`);
console.log(row(['round', 'newsparse extract ms CPU per story', "compromise people/organizations/places ms CPU per story", 'newsparse uses']));
console.log(row(['---', '---', '---', '---']));
rounds.forEach((r, i) => console.log(row([String(i + 1), fmt(r.np), fmt(r.cp), `${fmt(r.cp / r.np, 1)}x less`])));

const passRows = (label, r) => {
  const per = (cpu) => [fmt(cpu, 3), fmt(r.mb / cpu), fmt(cpu / r.mb, 3), fmt((cpu * 1000) / r.stories)];
  console.log(row([`newsparse parseBytes (everything), first pass${label}`, ...per(r.npCpu)]));
  console.log(row([`compromise people/organizations/places, first pass${label}`, ...per(r.cpCpu)]));
  console.log(row([`newsparse parseBytes (everything), warm pass${label}`, ...per(r.npWarmCpu)]));
  console.log(row([`compromise people/organizations/places, warm pass${label}`, ...per(r.cpWarmCpu)]));
};
console.log(`\n## Same sample in one process, one core (${ip.stories} stories, ${fmt(ip.mb)} MiB)\n`);
console.log(row(['engine', 'CPU s', 'MB/s', 'CPU s per MB', 'ms CPU per story']));
console.log(row(['---', '---', '---', '---', '---']));
passRows('', ip);
if (cliFlags) passRows(", CLI's V8 flags", cliFlags);
if (real) {
  console.log(`\nReal news text: the dev set's ${real.stories} Wikinews articles (${fmt(real.mb)} MiB), fresh process, CLI's V8 flags\n`);
  console.log(row(['engine', 'CPU s', 'MB/s', 'CPU s per MB', 'ms CPU per story']));
  console.log(row(['---', '---', '---', '---', '---']));
  passRows('', real);
}
const ratios = (r, label) => {
  console.log(`  ${label}first pass over the sample (V8 still compiling both): newsparse ${fmt(r.cpCpu / r.npCpu, 1)}x less`);
  console.log(`  ${label}warm pass (each engine has seen the sample once):     newsparse ${fmt(r.cpWarmCpu / r.npWarmCpu, 1)}x less`);
};
console.log(`\nCPU per story (goal: at least 5x less than compromise):`);
console.log(`  batch in fresh processes (${rounds[0].stories} stories, ${rounds.length} alternating rounds): newsparse ${fmt(median(batchRatios), 1)}x less (median; lowest ${fmt(Math.min(...batchRatios), 1)}x)`);
ratios(ip, 'V8 defaults,     ');
if (cliFlags) ratios(cliFlags, `CLI's V8 flags (${DEFAULT_JIT_FLAGS}), `);
if (real) ratios(real, 'real news text (dev set), CLI flags, ');
const cliRatio = (r) => fmt(ip.cpWarmCpu / ip.stories / (r.cpu / files.length), 1);
console.log(`  the CLI over the whole corpus (--jobs 1, start-up included) against compromise warm: ${cliRatio(oneStdout)}x less writing NDJSON, ${cliRatio(one)}x less writing a file per story`);

console.log(`\n## Where newsparse's CPU goes (same sample, per stage, V8 defaults)\n`);
console.log(row(['stage', 'CPU s', 'share', 'ms per story']));
console.log(row(['---', '---', '---', '---']));
const inStages = ip.stageCpu.reduce((a, [, b]) => a + b, 0);
for (const [name, cpu] of ip.stageCpu) console.log(row([name, fmt(cpu, 3), `${fmt((100 * cpu) / ip.allCpu, 0)}%`, fmt((cpu * 1000) / ip.stories)]));
console.log(row(['outside stages (decode, validation; V8 JIT and GC threads)', fmt(ip.allCpu - inStages, 3), `${fmt((100 * (ip.allCpu - inStages)) / ip.allCpu, 0)}%`, fmt(((ip.allCpu - inStages) * 1000) / ip.stories)]));

console.log('\n## Start-up (fastest of 15 fresh processes)\n');
console.log(row(['command', 'ms', 'x bare node']));
console.log(row(['---', '---', '---']));
console.log(row(["node -e ''", fmt(nodeMs, 0), '1.00']));
console.log(row(['newsparse extract one.txt', fmt(startMs, 0), fmt(startMs / nodeMs)]));
console.log(row(["node -e \"import('compromise')\"", fmt(compromiseStartMs, 0), fmt(compromiseStartMs / nodeMs)]));
console.log(`(compromise import inside this process: ${fmt(ip.nlpImportMs, 0)} ms; goal for newsparse: within 3x bare node)`);

console.log('\n## Pathological inputs (parseStory, one call each; goal: under 2 s)\n');
console.log(row(['input', 'MiB', 's', 'warnings']));
console.log(row(['---', '---', '---', '---']));
const { parseStory } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
for (const [name, make] of HOSTILE) {
  const text = make();
  const t = performance.now();
  let story;
  try {
    story = parseStory(text);
  } catch (err) {
    story = { warnings: [{ code: `THREW ${err.message}` }] };
  }
  const s = (performance.now() - t) / 1000;
  console.log(row([name, fmt(text.length / MB), `${fmt(s)}${s > 2 ? ' SLOW' : ''}`, story.warnings.map((w) => w.code).slice(0, 3).join(' ')]));
}
if (!args.includes('--keep')) fs.rmSync(path.join(benchDir, 'out-1'), { recursive: true, force: true });
