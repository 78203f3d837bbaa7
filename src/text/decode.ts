// Bytes in, text out, never a throw: the one place that knows about byte-order marks,
// UTF-16 and invalid UTF-8. Offsets everywhere else index the string returned here
// (BOM removed, line endings untouched).
import type { Source, Warning } from '../schema/story.js';

export interface Decoded {
  text: string;
  encoding: Source['encoding'];
  bom: boolean;
  warnings: Warning[];
}

export class BinaryInputError extends Error {
  readonly code = 'binary-input';
}

// A NUL byte, or many C0 control characters other than the ones wire feeds really carry
// (tab, LF, CR, and SOH/STX/ETX/EOT, SUB used as transmission marks), means "not text".
const FEED_CONTROLS = new Set([0x01, 0x02, 0x03, 0x04, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b, 0x1f, 0x1e, 0x1c, 0x1d]);

function looksBinary(bytes: Uint8Array): string | null {
  let odd = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'contains NUL bytes';
    if (b < 0x20 && !FEED_CONTROLS.has(b)) odd++;
  }
  if (n > 0 && odd / n > 0.05) return 'too many control characters for text';
  return null;
}

/**
 * Decodes one input file. Throws BinaryInputError for binary data (the only error);
 * everything else becomes a warning.
 */
export function decode(bytes: Uint8Array): Decoded {
  const warnings: Warning[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, warnings };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const why = looksBinary(body);
  if (why) throw new BinaryInputError(`binary input: ${why}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
    let count = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      if (count < 20) {
        warnings.push({ code: 'invalid-utf8', message: 'Invalid UTF-8 byte sequence replaced with U+FFFD', span: { start: i, end: i + 1 } });
      }
      count++;
    }
    if (count > 20) warnings.push({ code: 'invalid-utf8', message: `${count - 20} more invalid UTF-8 sequences replaced` });
  }
  return { text, encoding: 'utf-8', bom, warnings };
}
