// boundedLines: lines split across chunks, CRLF, a last line without a break, and lines
// over the bound refused without being held.
import { Readable } from 'node:stream';
import { boundedLines, type BoundedLine } from '../../src/cli/lines.js';

async function collect(chunks: string[], max: number): Promise<BoundedLine[]> {
  const out: BoundedLine[] = [];
  for await (const l of boundedLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(l);
  return out;
}

test.each<[string, string[], number, BoundedLine[]]>([
  ['one line a chunk', ['a\n', 'b\n'], 10, [{ line: 'a' }, { line: 'b' }]],
  ['lines across chunks, CRLF, last line unterminated', ['ab', 'c\r\nd', 'e\n\nf'], 10, [{ line: 'abc' }, { line: 'de' }, { line: '' }, { line: 'f' }]],
  ['a long line is refused, the next goes on', ['short\n', 'x'.repeat(8), 'y'.repeat(8), '\nok\n'], 10, [{ line: 'short' }, { tooLong: 16 }, { line: 'ok' }]],
  ['a long last line', ['z'.repeat(30)], 10, [{ tooLong: 30 }]],
])('%s', async (_name, chunks, max, want) => {
  expect(await collect(chunks, max)).toEqual(want);
});

test('a UTF-8 sequence cut between two chunks is joined before decoding', async () => {
  const bytes = Buffer.from('café\n');
  const out: BoundedLine[] = [];
  for await (const l of boundedLines(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]), 100)) out.push(l);
  expect(out).toEqual([{ line: 'café' }]);
});
