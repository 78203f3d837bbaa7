// `newsparse extract`: inputs in, records out, in input order. Files are read and parsed
// by the executor (main thread for the first few, then worker threads); only a bounded
// window of results is ever held, so memory stays flat over any number of files.
import { chalkStderr } from 'chalk';
import { Executor } from './pool.js';
import { readLimited, describeError, formatBytes, type Job, type JobResult } from './job.js';
import { expandInputs, type Input } from './inputs.js';
import { OutDir, OutputError, writeStdout } from './output.js';
import { startProgress, type Progress } from './progress.js';
import { boundedLines } from './lines.js';
import { UsageError } from './options.js';

export const EXIT = { ok: 0, inputError: 1, usage: 2, interrupted: 130 } as const;

export interface ExtractSettings {
  paths: string[];
  exts: string[];
  out: string | null;
  pretty: boolean | null;
  jobs: number;
  maxBytes: number;
  resume: boolean;
  ndjsonIn: boolean;
  quiet: boolean;
}

/** Jobs run in the main thread before worker threads are started. */
const INLINE_JOBS = 24;

interface Pending {
  label: string;
  target: string | null;
  result: Promise<JobResult>;
}

class Batch {
  failed = 0;
  written = 0;
  skipped = 0;
  progress: Progress | null = null;
  readonly queue: Pending[] = [];

  constructor(
    readonly executor: Executor,
    readonly outDir: OutDir | null,
  ) {}

  report(label: string, message: string): void {
    this.failed++;
    this.progress?.clearLine();
    process.stderr.write(`${chalkStderr.bold('newsparse:')} ${label}: ${chalkStderr.red(message)}\n`);
  }

  async add(p: Pending): Promise<void> {
    this.queue.push(p);
    while (this.queue.length >= this.executor.window) await this.emit(this.queue.shift()!);
  }

  async drain(): Promise<void> {
    while (this.queue.length) await this.emit(this.queue.shift()!);
  }

  private async emit(p: Pending): Promise<void> {
    const r = await p.result;
    this.progress?.tick();
    if (!r.ok) return this.report(p.label, r.message);
    if (this.outDir && p.target) {
      try {
        this.outDir.write(p.target, r.json);
        this.written++;
      } catch (err) {
        this.report(p.label, err instanceof OutputError ? err.message : describeError(err));
      }
      return;
    }
    this.written++;
    await writeStdout(r.json + '\n');
  }
}

// Interrupted (Ctrl-C, kill): every output file is written synchronously between two
// turns of the event loop, so none can be half-written here; a temporary file of the
// current write, if any, is removed, and a rerun with --resume carries on.
function onInterrupt(batch: Batch): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    batch.outDir?.cleanup();
    batch.progress?.stop();
    process.stderr.write(
      `newsparse: interrupted by ${signal} after ${batch.written} records${batch.outDir ? '; run again with --resume to finish' : ''}\n`,
    );
    process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export async function extract(s: ExtractSettings): Promise<number> {
  if (s.resume && !s.out) throw new UsageError('--resume needs --out DIR (it skips inputs whose output file is up to date)');
  if (s.ndjsonIn && s.paths.length) throw new UsageError('--ndjson-in reads stdin only; give no PATH');
  if (s.ndjsonIn && s.out) throw new UsageError('--ndjson-in writes NDJSON to stdout; --out cannot be used with it');
  if (!s.paths.length && !s.ndjsonIn && process.stdin.isTTY) throw new UsageError('no input: give files or directories, or - for stdin');
  const outDir = s.out ? openOutDir(s.out) : null;
  return s.ndjsonIn ? extractNdjson(s) : extractPaths(s, outDir);
}

function openOutDir(dir: string): OutDir {
  try {
    return new OutDir(dir);
  } catch (err) {
    throw new UsageError(`--out ${dir}: cannot use it as an output directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

async function extractPaths(s: ExtractSettings, outDir: OutDir | null): Promise<number> {
  const args = s.paths.length ? s.paths : ['-'];
  const problems: { path: string; message: string }[] = [];
  const inputs = expandInputs(args, s.exts, problems);
  // One file (or stdin): one JSON document. Several, or any directory: NDJSON, whatever
  // the directory holds, so scripts see one shape.
  const many = args.length > 1 || inputs.some((i) => i.root !== null);
  const pretty = s.pretty ?? (!outDir && !many && Boolean(process.stdout.isTTY));
  const executor = new Executor({ jobs: s.jobs, inlineJobs: INLINE_JOBS, maxBytes: s.maxBytes, pretty: pretty && (Boolean(outDir) || !many) });
  const batch = new Batch(executor, outDir);
  for (const p of problems) batch.report(p.path, p.message);
  const release = onInterrupt(batch);
  batch.progress = await startProgress(inputs.length, s.quiet);
  try {
    let seq = 0;
    for (const input of inputs) {
      const label = input.path === '-' ? '(stdin)' : input.path;
      let target: string | null = null;
      if (outDir) {
        try {
          target = outDir.target(input);
        } catch (err) {
          batch.report(label, (err as Error).message);
          continue;
        }
        if (s.resume && outDir.isFresh(input, target)) {
          batch.skipped++;
          batch.progress.tick();
          continue;
        }
      }
      const job = stdinOrFile(input, seq++, s.maxBytes);
      if ('message' in job) {
        batch.report(label, job.message);
        continue;
      }
      await batch.add({ label, target, result: executor.submit(job) });
    }
    await batch.drain();
  } finally {
    batch.progress.stop();
    release();
    await executor.close();
  }
  if (many && !s.quiet && (batch.failed || batch.skipped)) {
    const parts = [`${batch.written} written`];
    if (batch.skipped) parts.push(`${batch.skipped} up to date`);
    if (batch.failed) parts.push(`${batch.failed} failed`);
    process.stderr.write(`newsparse: ${parts.join(', ')}\n`);
  }
  return batch.failed ? EXIT.inputError : EXIT.ok;
}

function stdinOrFile(input: Input, seq: number, maxBytes: number): Job | { message: string } {
  if (input.path !== '-') return { seq, kind: 'file', path: input.path };
  try {
    return { seq, kind: 'bytes', path: '-', bytes: readLimited(0, maxBytes) };
  } catch (err) {
    return { message: describeError(err) };
  }
}

// --ndjson-in: a streaming filter. Each stdin line `{"id": "...", "text": "..."}` becomes
// one output line whose source.path is the id; a bad line is one error and the rest go on.
async function extractNdjson(s: ExtractSettings): Promise<number> {
  const executor = new Executor({ jobs: s.jobs, inlineJobs: INLINE_JOBS, maxBytes: s.maxBytes, pretty: false });
  const batch = new Batch(executor, null);
  const release = onInterrupt(batch);
  // A line holds the story JSON-escaped: allow for the escaping before refusing it unread.
  const maxLine = s.maxBytes * 2 + 1024;
  try {
    let lineNo = 0;
    let seq = 0;
    for await (const { line, tooLong } of boundedLines(process.stdin, maxLine)) {
      lineNo++;
      const where = `stdin line ${lineNo}`;
      if (tooLong !== undefined) {
        batch.report(where, `line of ${formatBytes(tooLong)} is too long for --max-bytes ${formatBytes(s.maxBytes)}; skipped`);
        continue;
      }
      if (!line.trim()) continue;
      const rec = parseRecord(line);
      if (typeof rec === 'string') {
        batch.report(where, rec);
        continue;
      }
      const id = String(rec.id);
      await batch.add({ label: `${id} (${where})`, target: null, result: executor.submit({ seq: seq++, kind: 'text', path: id, text: rec.text }) });
    }
    await batch.drain();
  } finally {
    release();
    await executor.close();
  }
  return batch.failed ? EXIT.inputError : EXIT.ok;
}

function parseRecord(line: string): { id: string | number; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not a JSON line; expected {"id": ..., "text": ...}';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object; expected {"id": ..., "text": ...}';
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return 'missing "id" (a string or number)';
  if (typeof text !== 'string') return 'missing "text" (a string)';
  return { id, text };
}
