import { decode, BinaryInputError } from '../../src/text/decode.js';
import { splitLines } from '../../src/text/lines.js';

describe('decode', () => {
  const cases: Array<[string, Uint8Array, string, string, boolean]> = [
    ['plain UTF-8', Buffer.from('BEIJING, Nov. 2 (Xinhua) --'), 'BEIJING, Nov. 2 (Xinhua) --', 'utf-8', false],
    ['UTF-8 with BOM', Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Seoul')]), 'Seoul', 'utf-8', true],
    ['UTF-16 LE with BOM', Buffer.from([0xff, 0xfe, ...Buffer.from('Kyiv £', 'utf16le')]), 'Kyiv £', 'utf-16le', true],
    ['UTF-16 BE with BOM', Buffer.from([0xfe, 0xff, ...Buffer.from('Kyiv', 'utf16le').swap16()]), 'Kyiv', 'utf-16be', true],
  ];
  test.each(cases)('%s', (_name, bytes, text, encoding, bom) => {
    const d = decode(bytes);
    expect(d).toMatchObject({ text, encoding, bom });
    expect(d.warnings).toEqual([]);
  });

  test('a stray Latin-1 byte is replaced, with a warning at its place', () => {
    const d = decode(Buffer.from([...Buffer.from('cost '), 0xa3, ...Buffer.from('5m')]));
    expect(d.text).toBe('cost \uFFFD5m');
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'invalid-utf8', span: { start: 5, end: 6 } })]);
  });

  test('NUL bytes mean binary input', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(BinaryInputError);
  });

  test('feed control characters (SOH, STX, ETX) are text', () => {
    expect(decode(Buffer.from('\x01w2213 &Cx1f; wstm-\x02\nTEXT\x03')).text).toContain('w2213');
  });
});

describe('splitLines', () => {
  test('CRLF, lone CR and LF all end a line, offsets untouched', () => {
    const text = 'a\r\nbb\rccc\nd';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['a', 'bb', 'ccc', 'd']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});
