// CLI tests run the built binary. Build it first when dist/ is missing or older than any
// source file, so `npm test` after an edit never tests yesterday's build. tsc emits even
// when another file has a type error; the bundle step follows only a clean compile, and
// bin/newsparse.js then falls back to tsc's output.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export default function globalSetup() {
  const built = path.join(root, 'dist', 'cli', 'run.js');
  const stamp = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (stamp >= newest(path.join(root, 'src'))) return;
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    // Type errors still leave JavaScript behind; say so and let the tests judge it.
    process.stderr.write(`\n[cli tests] build reported errors; testing what it emitted:\n${String(err.stdout ?? '').slice(0, 2000)}\n`);
    fs.rmSync(path.join(root, 'dist', 'bundle'), { recursive: true, force: true });
  }
}
