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
// Node's own modules that the CLI loads, loaded here, before the V8 flags below are set:
// Node ships them with a code cache that V8 rejects once any flag has changed (~5 ms of
// start-up to compile them again).
import 'node:child_process';
import 'node:crypto';
import 'node:os';
import 'node:tty';
import 'node:worker_threads';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { jitFlags } from './jit-flags.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(here, '..', 'bundle', 'run.cjs');
const cacheFile = path.join(here, '..', 'bundle', 'run.cache');

// Fewer inlined helpers and a later tier-up for V8's optimising compiler (see jit-flags.ts),
// set before any newsparse code is compiled, so the code cache below is made and read under
// the same flags; worker threads share them.
for (const flag of jitFlags()) v8.setFlagsFromString(flag);

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
