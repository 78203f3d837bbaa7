// Runs the built binary the way a user would, in a temporary directory of stories.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'newsparse.js');

/** A short wire story of our own, varied by `n` so every file differs. */
export function story(n: number): string {
  const cities = ['BEIJING', 'PYONGYANG', 'TOKYO', 'MOSCOW', 'DAR ES SALAAM', 'WASHINGTON'];
  const agencies = ['Xinhua', 'KCNA', 'Kyodo', 'TASS', 'AFP', 'AP'];
  const i = n % cities.length;
  return [
    `Delegation number ${n} visits ${cities[i].toLowerCase()}`,
    '',
    `${cities[i]}, April ${(n % 28) + 1} (${agencies[i]}) -- A delegation led by Minister Tan Wei arrived here on Monday for talks on trade, officials said.`,
    '',
    `The two sides signed an agreement on economic cooperation, the ministry said in a statement. Story ${n}.`,
    '',
    'Enditem',
    '',
  ].join('\n');
}

export function tmpdir(prefix = 'newsparse-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, body] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, body);
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

export function run(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...opts.env },
    maxBuffer: 256 << 20,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** Runs a shell pipeline (for `| head` and GNU parallel). */
export function sh(script: string, cwd?: string): Run {
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NEWSPARSE: `${process.execPath} ${BIN}` }, timeout: 120_000, maxBuffer: 256 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

export { spawn };

export const lines = (s: string): string[] => s.split('\n').filter((l) => l.length);
