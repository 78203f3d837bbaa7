#!/usr/bin/env node
// npm run golden: writes fixtures/expected/NAME.json, the full current output of newsparse
// for every fixtures/stories/NAME.txt, which __tests__/fixtures/fixtures.test.ts compares
// against. Regenerate only on purpose, after reading the diff the test showed:
//
//   npm run build && npm run golden [-- NAME ...]
//
// With names (with or without .txt), only those fixtures are rewritten.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const storiesDir = path.join(root, 'fixtures', 'stories');
const expectedDir = path.join(root, 'fixtures', 'expected');
const dist = path.join(root, 'dist', 'index.js');
if (!fs.existsSync(dist)) {
  console.error('golden: dist/index.js not found; run `npm run build` first');
  process.exit(2);
}
const { parseBytes } = await import(dist);

const only = new Set(process.argv.slice(2).map((n) => n.replace(/\.txt$/, '')));
const files = fs.readdirSync(storiesDir).filter((f) => f.endsWith('.txt')).sort();
fs.mkdirSync(expectedDir, { recursive: true });
let written = 0;
let failed = 0;
for (const f of files) {
  const base = f.replace(/\.txt$/, '');
  if (only.size && !only.has(base)) continue;
  let story;
  try {
    // The same options as the test: the path recorded is the file's name, so the
    // expected files do not depend on where the repository is checked out.
    story = parseBytes(fs.readFileSync(path.join(storiesDir, f)), { path: f });
  } catch (err) {
    failed++;
    console.error(`golden: ${f}: ${err.message}`);
    continue;
  }
  fs.writeFileSync(path.join(expectedDir, `${base}.json`), JSON.stringify(story, null, 2) + '\n');
  written++;
}
for (const name of only) {
  if (!files.includes(`${name}.txt`)) {
    failed++;
    console.error(`golden: no fixture fixtures/stories/${name}.txt`);
  }
}
console.error(`golden: wrote ${written} expected file(s) to fixtures/expected/${failed ? `, ${failed} failed` : ''}`);
process.exit(failed ? 1 : 0);
