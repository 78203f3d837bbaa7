#!/usr/bin/env node
// npm run eval: runs newsparse over the seed story, our fixtures and the GUM news dev
// set, and prints ../shared/eval's score tables for each, with compromise's own entity
// score on the same files beside newsparse's.
//
//   node scripts/eval.mjs [--verbose] [--set seed|fixtures|devset|conll]... [--no-baseline]
//
// conll is fixtures/conll: made-up documents in CoNLL-2003's tokenised Reuters style with
// mention gold only (scored by mentions.mjs, no document summaries).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.NEWSPARSE_SHARED ?? path.join(root, '..', 'shared'));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const baseline = !args.includes('--no-baseline');
const only = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
const out = path.join(root, '.eval');

const { parseBytes } = await import(path.join(root, 'dist', 'index.js'));

const sets = [
  { name: 'seed', stories: path.join(shared, 'seeds'), gold: path.join(shared, 'gold'), mentions: null },
  { name: 'fixtures', stories: path.join(root, 'fixtures', 'stories'), gold: path.join(root, 'fixtures', 'gold'), mentions: null },
  { name: 'devset', stories: path.join(shared, 'devset', 'gum-news'), gold: null, mentions: path.join(shared, 'devset', 'gum-news') },
  { name: 'conll', stories: path.join(root, 'fixtures', 'conll'), gold: null, mentions: path.join(root, 'fixtures', 'conll'), mentionsOnly: true },
].filter((s) => !only.length || only.includes(s.name));

function run(script, argv) {
  try {
    return execFileSync(process.execPath, [path.join(shared, 'eval', script), ...argv], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (err) {
    return (err.stdout ?? '') + (err.stderr ?? '');
  }
}

// compromise alone, shaped as newsparse output, so the same scorers read both.
let nlp = null;
async function compromiseStory(text) {
  nlp ??= (await import('compromise')).default;
  const doc = nlp(text);
  const group = (view) => {
    const byName = new Map();
    for (const m of view.json({ offset: true })) {
      const t = m.terms;
      if (!t.length) continue;
      const start = t[0].offset.start;
      const last = t[t.length - 1];
      const end = last.offset.start + last.offset.length;
      const name = text.slice(start, end).replace(/^[\s"'(\[]+|[\s"',.;:)\]]+$|'s$/g, '');
      const s = text.indexOf(name, start);
      if (!name) continue;
      if (!byName.has(name)) byName.set(name, { name, aliases: [], mentions: [] });
      byName.get(name).mentions.push({ text: name, start: s, end: s + name.length });
    }
    return [...byName.values()];
  };
  return { people: group(doc.people()), organizations: group(doc.organizations()), locations: group(doc.places()) };
}

for (const set of sets) {
  if (!fs.existsSync(set.stories)) {
    console.log(`## ${set.name}: ${set.stories} not found, skipped\n`);
    continue;
  }
  const files = fs.readdirSync(set.stories).filter((f) => f.endsWith('.txt')).sort();
  const predDir = path.join(out, set.name, 'newsparse');
  const baseDir = path.join(out, set.name, 'compromise');
  fs.rmSync(path.join(out, set.name), { recursive: true, force: true });
  fs.mkdirSync(predDir, { recursive: true });
  fs.mkdirSync(baseDir, { recursive: true });
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(set.stories, f));
    const base = f.replace(/\.txt$/, '');
    let story;
    try {
      story = parseBytes(bytes, { path: f });
    } catch (err) {
      console.error(`${set.name}/${f}: ${err.message}`);
      continue;
    }
    fs.writeFileSync(path.join(predDir, `${base}.json`), JSON.stringify(story));
    if (baseline) fs.writeFileSync(path.join(baseDir, `${base}.json`), JSON.stringify(await compromiseStory(bytes.toString('utf8'))));
  }
  // The dev set's gold summaries sit beside mention lists; the scorer wants a folder of gold only.
  let goldDir = set.gold;
  if (!goldDir) {
    goldDir = path.join(out, set.name, 'gold');
    fs.mkdirSync(goldDir, { recursive: true });
    for (const f of fs.readdirSync(set.stories).filter((x) => x.endsWith('.gold.json'))) {
      const g = JSON.parse(fs.readFileSync(path.join(set.stories, f), 'utf8'));
      // Titles are not annotated there: drop the key so they are not scored (see its README).
      for (const p of g.people ?? []) delete p.titles;
      fs.writeFileSync(path.join(goldDir, f), JSON.stringify(g));
    }
  }
  console.log(`## ${set.name} (${files.length} stories) — newsparse`);
  if (!set.mentionsOnly) console.log(run('score.mjs', ['--gold', goldDir, '--pred', predDir, ...(verbose ? ['--verbose'] : [])]).trimEnd());
  if (set.mentions) console.log(run('mentions.mjs', ['--gold', set.mentions, '--pred', predDir, ...(verbose ? ['--verbose'] : [])]).trimEnd());
  if (baseline) {
    console.log(`## ${set.name} — compromise alone (people/organizations/places)`);
    if (!set.mentionsOnly) {
      const lines = run('score.mjs', ['--gold', goldDir, '--pred', baseDir]).trimEnd().split('\n');
      console.log(lines.filter((l) => /^(people|organizations|locations|stories)/.test(l)).join('\n'));
    }
    if (set.mentions) console.log(run('mentions.mjs', ['--gold', set.mentions, '--pred', baseDir]).trimEnd());
  }
  console.log('');
}
