// One unit of batch work, the same whether it runs in the main thread or in a worker:
// read an input (bounded by --max-bytes), parse it, and hand back the record as JSON text
// or a one-line reason why there is none. Never throws.
import fs from 'node:fs';
import { parseBytes, parseStory, BinaryInputError } from '../index.js';

export type Job =
  /** A file to read here (so file contents never pile up in the main thread). */
  | { seq: number; kind: 'file'; path: string }
  /** Bytes already read (stdin). */
  | { seq: number; kind: 'bytes'; path: string; bytes: Uint8Array }
  /** A decoded text with its id (an --ndjson-in record). */
  | { seq: number; kind: 'text'; path: string; text: string };

export type JobResult = { seq: number; ok: true; json: string } | { seq: number; ok: false; message: string };

export interface JobOptions {
  maxBytes: number;
  /** Indent the JSON (two spaces) instead of one line. */
  pretty: boolean;
}

/** Thrown for an input larger than --max-bytes; its message is shown to the user as is. */
export class TooLargeError extends Error {}

export function formatBytes(n: number): string {
  if (n >= 1 << 30) return `${+(n / (1 << 30)).toFixed(1)} GiB`;
  if (n >= 1 << 20) return `${+(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1 << 10) return `${+(n / (1 << 10)).toFixed(1)} KiB`;
  return `${n} bytes`;
}

const tooLarge = (size: number | null, max: number): TooLargeError =>
  new TooLargeError(
    `${size === null ? 'more than' : formatBytes(size) + ','} larger than --max-bytes ${formatBytes(max)}; skipped (raise --max-bytes to read it)`,
  );

/**
 * Reads a whole file descriptor, refusing to hold more than `max` bytes. Works for
 * regular files (checked by size first), pipes and terminals (read until EOF).
 */
export function readLimited(fd: number, max: number): Buffer {
  const st = fs.fstatSync(fd);
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (st.isFile() && st.size > max) throw tooLarge(st.size, max);
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(st.isFile() ? Math.min(Math.max(st.size + 1, 1), max + 1) : 1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      // A non-blocking stdin with nothing yet: wait a little and read again.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > max) throw tooLarge(null, max);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

export function readFileLimited(path: string, max: number): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    return readLimited(fd, max);
  } finally {
    fs.closeSync(fd);
  }
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
};

/** One line saying why an input gave no record. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && ERRNO[e.code]) return `cannot read: ${ERRNO[e.code]}`;
  if (err instanceof BinaryInputError || err instanceof TooLargeError) return e.message;
  const msg = e && typeof e.message === 'string' ? e.message : String(err);
  return `internal error: ${msg.replace(/\s+/g, ' ').slice(0, 300)}`;
}

export function runJob(job: Job, opts: JobOptions): JobResult {
  try {
    let story;
    if (job.kind === 'text') {
      const size = Buffer.byteLength(job.text, 'utf8');
      if (size > opts.maxBytes) throw tooLarge(size, opts.maxBytes);
      story = parseStory(job.text, { path: job.path });
    } else {
      const bytes = job.kind === 'file' ? readFileLimited(job.path, opts.maxBytes) : job.bytes;
      story = parseBytes(bytes, { path: job.path });
    }
    return { seq: job.seq, ok: true, json: JSON.stringify(story, null, opts.pretty ? 2 : undefined) };
  } catch (err) {
    return { seq: job.seq, ok: false, message: describeError(err) };
  }
}
