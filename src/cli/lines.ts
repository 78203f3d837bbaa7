// Lines of a stream, each bounded: a line longer than `max` bytes is not held, only
// reported (with its length so far), and the stream goes on at the next line. readline
// would buffer a 2 GB line whole before anyone could refuse it.
import type { Readable } from 'node:stream';

export type BoundedLine = { line: string; tooLong?: undefined } | { line?: undefined; tooLong: number };

export async function* boundedLines(stream: Readable, max: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const finish = (): BoundedLine => {
    const out: BoundedLine = skipping ? { tooLong: size } : { line: Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    skipping = false;
    return out;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); ; nl = chunk.indexOf(10, from)) {
      const end = nl < 0 ? chunk.length : nl;
      size += end - from;
      if (!skipping && size > max) {
        skipping = true;
        parts = [];
      }
      if (!skipping && end > from) parts.push(chunk.subarray(from, end));
      if (nl < 0) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (size > 0 || skipping) yield finish();
}
