#!/usr/bin/env node
// Second half of `npm run build`: bundles the CLI and its worker into one file each
// (dist/bundle/run.js, dist/bundle/worker.js) so a fresh `newsparse extract one.txt`
// loads one file instead of ~100 modules. Measured on the seed story: ~115 ms a run
// bundled against ~155 ms from tsc's output, bare `node -e ''` ~60 ms.
// compromise and cli-progress stay outside: they are loaded lazily, only when needed.
// Without esbuild (an install without dev dependencies) bin/newsparse.js runs tsc's output.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('bundle: esbuild not installed; the CLI will run from dist/cli (slower start-up)');
  process.exit(0);
}
await esbuild.build({
  entryPoints: { run: path.join(root, 'dist/cli/run.js'), worker: path.join(root, 'dist/cli/worker.js') },
  outdir: path.join(root, 'dist/bundle'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['compromise', 'cli-progress'],
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: 'import { createRequire as __newsparseRequire } from "node:module"; const require = __newsparseRequire(import.meta.url);' },
  logLevel: 'warning',
});
