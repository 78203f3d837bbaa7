// Whatever arrives, parseBytes/parseStory return a record that validates and whose every
// span holds; the only error is BinaryInputError for binary bytes. Modest numRuns keep
// `npm test` quick; FC_NUM_RUNS raises them for a longer hunt.
import fc from 'fast-check';
import { parseStory, parseBytes, BinaryInputError, Story } from '../../src/index.js';
import { decode } from '../../src/text/decode.js';
import { spanViolations } from '../helpers/spans.js';

const runs = Number(process.env.FC_NUM_RUNS ?? 150);

function holds(text: string, story: Story): void {
  const checked = Story.safeParse(story);
  if (!checked.success) throw new Error(`schema: ${checked.error.message}`);
  const bad = spanViolations(text, story);
  if (bad.length) throw new Error(`spans: ${bad.slice(0, 5).join('; ')}`);
}

// Pieces wire copy is made of, so random stories reach the rules, not only the fallbacks.
const piece = fc.constantFrom(
  'BEIJING, April 11 (Xinhua) -- ', 'PYONGYANG, Jan. 3 (KCNA) -- ', 'WASHINGTON (AP) — ', 'MOSCOW, May 9 (Reuters) - ',
  'DAR ES SALAAM, Tanzania, ', 'By JOHN SMITH\nAssociated Press Writer\n', 'UPDATE 1-', 'URGENT: ', '2nd Ld Writethru:',
  'Enditem', '-0-', '(Reporting by Jane Doe; Editing by Tom Roe)', '(AP Photo/Mark Lee)', 'Photo taken on May 1. (Xinhua/Li Ming)',
  'Chairman ', 'President ', 'Kim Jong ', 'Li Wei, a member of the Standing Committee and chairman of the Commission, ',
  'signed an agreement on economic cooperation', 'said ', '"', '“', '”', "'", '(', ')', ', ', '. ', '\n', '\r\n', '\r', '\n\n',
  '   ', '\t', 'Mr. ', 'Gen. ', 'U.S. ', 'Nov. 2, 1998', 'Monday', '2024-05-01', '©2024 Reuters', '\u00a0', '\ufeff', 'é', '😀',
);
const wireish = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((a) => a.join(''));

describe('parseStory never throws, always validates, every span holds', () => {
  test.each([
    ['arbitrary strings', fc.string({ maxLength: 400 })],
    ['arbitrary full-unicode strings (lone surrogates included)', fc.string({ unit: 'binary', maxLength: 300 })],
    ['wire-like strings', wireish],
  ])('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<string>, (text) => {
        holds(text, parseStory(text, { path: 'p' }));
      }),
      { numRuns: runs },
    );
  });
});

describe('parseBytes: arbitrary bytes give a valid record or BinaryInputError', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    wireish.map((s) => new TextEncoder().encode(s)),
    // Encodings and marks: BOMs, UTF-16 both ways, a stray Latin-1 byte.
    wireish.map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])),
    wireish.map((s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s + '\xe9', 'latin1')])),
  );
  test('never throws anything else', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        let story: Story;
        try {
          story = parseBytes(b, { path: 'p' });
        } catch (err) {
          if (err instanceof BinaryInputError) return;
          throw err;
        }
        // Spans index the decoded text, BOM removed.
        holds(decode(b).text, story);
      }),
      { numRuns: runs },
    );
  });
});
