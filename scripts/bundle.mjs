#!/usr/bin/env node
// Second half of `npm run build`: start-up speed for `newsparse extract one.txt`.
// 1. Bundles the CLI into one CommonJS file (dist/bundle/run.cjs) and the batch worker
//    into one ES module (dist/bundle/worker.js), so a fresh process reads two files
//    instead of ~150 modules. compromise and cli-progress stay outside: they are loaded
//    lazily, only when needed.
// 2. Runs the bundled CLI once over sample stories and keeps V8's code cache of it
//    (dist/bundle/run.cache): bytecode of every function that run compiled, so the next
//    process skips parsing and compiling them (see src/cli/boot.ts).
// Without esbuild (an install without dev dependencies) the CLI runs from tsc's output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'bundle');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('bundle: esbuild not installed; the CLI will run from dist/cli (slower start-up)');
  process.exit(0);
}
fs.rmSync(out, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', external: ['compromise', 'cli-progress'], logLevel: 'warning' };
await esbuild.build({
  ...common,
  entryPoints: [path.join(root, 'dist/cli/run.js')],
  outfile: path.join(out, 'run.cjs'),
  format: 'cjs',
  // import.meta.url (worker and package.json paths, lazy require) is the bundle's own URL.
  define: { 'import.meta.url': '__newsparseUrl' },
  banner: { js: 'const __newsparseUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await esbuild.build({
  ...common,
  entryPoints: [path.join(root, 'dist/cli/worker.js')],
  outfile: path.join(out, 'worker.js'),
  format: 'esm',
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: 'import { createRequire as __newsparseRequire } from "node:module"; const require = __newsparseRequire(import.meta.url);' },
});

// Sample stories of the common shapes, so the cache holds the rules' compiled functions.
const SAMPLES = {
  'xinhua.txt': 'Chinese, Kenyan presidents hold talks\n\nBEIJING, April 11 (Xinhua) -- Chinese President Li Ming held talks with visiting Kenyan President John Mwangi in Beijing on Friday, and the two sides signed agreements on trade, education and health.\n\n"We are ready to work with Kenya," Li said.\n\nEnditem\n',
  'ap.txt': 'Senate passes budget bill\n\nBy JANE DOE\nAssociated Press Writer\n\nWASHINGTON (AP) — The Senate on Tuesday passed a $1.2 trillion budget bill, Majority Leader Tom Roe said.\n\nThe measure now goes to the House of Representatives.\n\n(AP Photo/Mark Lee)\n',
  'reuters.txt': 'UPDATE 1-Oil prices rise on supply worries\n\nLONDON, March 3 (Reuters) - Oil prices rose on Monday after the Organization of the Petroleum Exporting Countries (OPEC) agreed to cut output.\n\n(Reporting by Anna Bauer; Editing by Omar Haddad)\n',
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsparse-cache-'));
for (const [name, text] of Object.entries(SAMPLES)) fs.writeFileSync(path.join(tmp, name), text);
const r = spawnSync(process.execPath, [path.join(root, 'bin', 'newsparse.js'), 'extract', tmp, '--jobs', '1', '--quiet'], {
  env: { ...process.env, NEWSPARSE_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
fs.rmSync(tmp, { recursive: true, force: true });
if (r.status !== 0 || !fs.existsSync(path.join(out, 'run.cache'))) {
  // Not a build failure: the CLI then runs from tsc's output, where tests show the fault.
  console.error(`bundle: the bundled CLI failed on the sample stories (exit ${r.status}); left out:\n${r.stderr.slice(0, 2000)}`);
  fs.rmSync(out, { recursive: true, force: true });
}
