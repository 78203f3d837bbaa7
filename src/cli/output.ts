// Where records go: stdout (one JSON document, or NDJSON with one record a line) or one
// file per input under --out DIR, each written atomically and never outside DIR.
import fs from 'node:fs';
import path from 'node:path';
import type { Input } from './inputs.js';

/** Writes to stdout, waiting for the pipe to drain so a slow reader never makes us buffer. */
export function writeStdout(text: string): Promise<void> | void {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** Why an output file could not be placed; shown as the input's one-line error. */
export class OutputError extends Error {}

export class OutDir {
  readonly root: string;
  private readonly realRoot: string;
  private readonly checkedDirs = new Set<string>();
  private readonly written = new Set<string>();
  /** A temporary file being written right now, removed if the run is interrupted. */
  private current: string | null = null;

  constructor(dir: string) {
    this.root = path.resolve(dir);
    fs.mkdirSync(this.root, { recursive: true });
    this.realRoot = fs.realpathSync(this.root);
  }

  /**
   * The output path of an input: its path relative to the directory named on the command
   * line (`raw/a/b.txt` under `raw` -> `OUT/a/b.json`), or its base name for a file named
   * directly (`x/y.txt` -> `OUT/y.json`; stdin -> `OUT/stdin.json`).
   */
  target(input: Input): string {
    const rel = input.path === '-' ? 'stdin' : input.root === null ? path.basename(input.path) : path.relative(input.root, input.path);
    const parsed = path.parse(rel);
    const file = path.resolve(this.root, parsed.dir, `${parsed.name || parsed.base}.json`);
    const back = path.relative(this.root, file);
    if (!back || back.startsWith('..') || path.isAbsolute(back)) throw new OutputError(`output path ${file} would lie outside --out ${this.root}; skipped`);
    return file;
  }

  /** Whether an up-to-date output already exists (for --resume). */
  isFresh(input: Input, file: string): boolean {
    if (input.path === '-') return false;
    try {
      const out = fs.statSync(file);
      const src = fs.statSync(input.path);
      return out.isFile() && out.mtimeMs >= src.mtimeMs;
    } catch {
      return false;
    }
  }

  /** Writes one record: a temporary file beside the target, then a rename over it. */
  write(file: string, json: string): void {
    if (this.written.has(file)) throw new OutputError(`${path.relative(process.cwd(), file) || file} was already written by an earlier input of this run; skipped`);
    const dir = path.dirname(file);
    this.ensureDir(dir);
    const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
    this.current = tmp;
    try {
      fs.writeFileSync(tmp, json + '\n');
      fs.renameSync(tmp, file);
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw new OutputError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    } finally {
      this.current = null;
    }
    this.written.add(file);
  }

  /** Removes a temporary file left by an interrupted write. */
  cleanup(): void {
    if (this.current) fs.rmSync(this.current, { force: true });
    this.current = null;
  }

  // A directory inside OUT that is really a symbolic link to somewhere else would carry
  // the output outside; its real path is checked once, before anything is written there.
  private ensureDir(dir: string): void {
    if (this.checkedDirs.has(dir)) return;
    let existing = dir;
    while (!fs.existsSync(existing)) existing = path.dirname(existing);
    const back = path.relative(this.realRoot, fs.realpathSync(existing));
    if (back.startsWith('..') || path.isAbsolute(back)) throw new OutputError(`${existing} leads outside --out ${this.root} (symbolic link); skipped`);
    fs.mkdirSync(dir, { recursive: true });
    this.checkedDirs.add(dir);
  }
}
