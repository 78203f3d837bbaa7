// Linear time on hostile input: each 1-2 MB pathological story must finish, valid, far
// inside a generous bound (the bench measures the real times; this only guards against a
// rule that backtracks or loops without end).
import { parseStory, Story } from '../../src/index.js';

const MB = 1 << 20;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length));

export const PATHOLOGICAL: [string, () => string][] = [
  ['a million commas', () => fill(',')],
  ['capitalised words without end', () => fill('Aaa Bbb Ccc ')],
  ['200,000 open parentheses', () => fill('(', 200_000) + ' BEIJING (Xinhua) -- ' + fill('Word ', MB - 200_000)],
  ['an appositive chain repeated thousands of times', () => 'BEIJING, April 11 (Xinhua) -- ' + fill('Li Wei, a member of the Standing Committee and chairman of the Foreign Affairs Commission, ')],
  ['one 2 MB line', () => fill('the minister said that talks went on and ', 2 * MB)],
  ['quotes without end', () => fill('He said "yes and ')],
  ['dateline-like lines without end', () => fill('BEIJING, April 11 (Xinhua) --\n')],
  ['blank lines only', () => fill('\r\n')],
];

const BOUND_MS = Number(process.env.HOSTILE_BOUND_MS ?? 15_000);

describe('pathological inputs finish in time with a valid record', () => {
  test.each(PATHOLOGICAL)('%s', (_name, make) => {
    const text = make();
    const t0 = performance.now();
    const story = parseStory(text);
    const ms = performance.now() - t0;
    expect(Story.safeParse(story).success).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 60_000);
});
