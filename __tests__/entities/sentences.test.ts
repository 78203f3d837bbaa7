import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokens.js';

describe('tokenize', () => {
  const cases: Array<[string, string[]]> = [
    ["U.S. President Barack Obama's visit, Nov. 2", ['U.S.', 'President', 'Barack', 'Obama', "'s", 'visit', ',', 'Nov', '.', '2']],
    ['Kim Jong-un met L. Ron Hubbard', ['Kim', 'Jong-un', 'met', 'L.', 'Ron', 'Hubbard']],
    ["Workers' Party of Korea (WPK)", ['Workers', "'", 'Party', 'of', 'Korea', '(', 'WPK', ')']],
    ["Japan 's U.S. , ( Reuters )", ['Japan', "'s", 'U.S.', ',', '(', 'Reuters', ')']],
    ['O\u2019Neill paid 1,200.50 in the 1990s', ['O\u2019Neill', 'paid', '1,200.50', 'in', 'the', '1990s']],
  ];
  test.each(cases)('%s', (input, expected) => {
    const toks = tokenize(input);
    expect(toks.map((t) => t.text)).toEqual(expected);
    for (const t of toks) expect(input.slice(t.start, t.end)).toBe(t.text);
  });

  test('a megabyte of capitals is linear', () => {
    const big = 'Abc De F.G. '.repeat(90000);
    const t0 = Date.now();
    expect(tokenize(big).length).toBe(270000);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Smith met Gen. Lee in the U.S. on Nov. 2. L. Ron Hubbard was not there.',
      ['Mr. Smith met Gen. Lee in the U.S. on Nov. 2.', 'L. Ron Hubbard was not there.']],
    ['Gov. Jerry Brown of Calif. spoke. Sen. Dianne Feinstein, Lt. Gen. Ray Odierno and Dr. Who agreed!',
      ['Gov. Jerry Brown of Calif. spoke.', 'Sen. Dianne Feinstein, Lt. Gen. Ray Odierno and Dr. Who agreed!']],
    ['"We will win," he said. "They will not."', ['"We will win," he said.', '"They will not."']],
    ['The talks ended in the U.S. The next round is in Seoul.', ['The talks ended in the U.S.', 'The next round is in Seoul.']],
    ['U.S. officials said on Jan. 5 that George W. Bush would go.', ['U.S. officials said on Jan. 5 that George W. Bush would go.']],
    ['HEADLINE WITHOUT STOP\n\nBody starts here. It ends.', ['HEADLINE WITHOUT STOP', 'Body starts here.', 'It ends.']],
    ['A hard-wrapped line\ngoes on here. Next one.', ['A hard-wrapped line\ngoes on here.', 'Next one.']],
    ['Japan beat Syria 2-1 . China lost to Uzbekistan .', ['Japan beat Syria 2-1 .', 'China lost to Uzbekistan .']],
    ['Acme Inc. said profits rose. Acme Inc. is based in Ohio.', ['Acme Inc. said profits rose.', 'Acme Inc. is based in Ohio.']],
  ];
  test.each(cases)('%s', (input, expected) => {
    const ss = splitSentences(input);
    expect(ss.map((s) => s.text)).toEqual(expected);
    for (const s of ss) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  test('offsets hold inside a range', () => {
    const input = 'xx One. Two. yy';
    const ss = splitSentences(input, 3, 12);
    expect(ss.map((s) => [s.text, s.start])).toEqual([['One.', 3], ['Two.', 8]]);
  });

  test('a million commas is linear', () => {
    const t0 = Date.now();
    splitSentences(','.repeat(1_000_000));
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
