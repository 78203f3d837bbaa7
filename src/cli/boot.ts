// How bin/newsparse.js starts the CLI quickly. `npm run build` leaves a one-file bundle of
// the CLI (dist/bundle/run.cjs) and V8's code cache for it (run.cache), made from a run
// over sample stories, so a fresh process neither parses ~1.4 MB of JavaScript nor
// compiles the rules' functions again: ~155 ms for `extract one.txt` against ~285 ms from
// tsc's modules (bare `node -e ''` ~60 ms; measured by `npm run bench`).
// Anything amiss (no bundle, a bundle older than tsc's output, a cache from another Node)
// falls back to the slower path; a rejected or missing cache is rewritten when possible.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(here, '..', 'bundle', 'run.cjs');
const cacheFile = path.join(here, '..', 'bundle', 'run.cache');

// V8's optimising compiler, not newsparse's rules, is most of the CPU of a batch's first
// hundreds of stories: it runs on a background thread (counted in the process's CPU time)
// and, with V8's defaults, inlines many small helpers into each large rule function, then
// compiles those again after each deoptimisation. Smaller inlining and a later tier-up
// (only functions that stay hot are optimised) cut it. Measured in one process over the
// same 300 bench stories (first / second / third pass, ms CPU per story): V8 defaults
// 3.1 / 2.5 / 1.6-1.7; these flags 1.8-1.9 / 1.4-1.5 / 1.3-1.4. Set before any newsparse
// code is compiled, so the code cache below is made and read under the same flags; worker
// threads share them. NEWSPARSE_V8_FLAGS overrides them ('' for V8's defaults).
const JIT_FLAGS = process.env.NEWSPARSE_V8_FLAGS ?? '--max-inlined-bytecode-size-cumulative=300 --interrupt-budget=270336';
for (const flag of JIT_FLAGS.split(/\s+/)) if (flag) v8.setFlagsFromString(flag);

const mtime = (file: string): number => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

function saveCache(script: vm.Script): void {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    /* read-only install: run without a cache */
  }
}

function runBundle(): boolean {
  if (mtime(bundle) < mtime(path.join(here, 'run.js'))) return false;
  let source: string;
  try {
    source = fs.readFileSync(bundle, 'utf8');
  } catch {
    return false;
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = mtime(cacheFile) >= mtime(bundle) ? fs.readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  // No parentheses round the function: V8 would compile a parenthesised one eagerly.
  const script = new vm.Script(`function newsparseBundle(exports, require, module, __filename, __dirname) {${source}\n}\nnewsparseBundle`, {
    filename: bundle,
    cachedData,
  });
  if (!cachedData || script.cachedDataRejected || process.env.NEWSPARSE_WRITE_CODE_CACHE) process.once('exit', () => saveCache(script));
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  fn.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return true;
}

if (!runBundle()) await import('./run.js');
