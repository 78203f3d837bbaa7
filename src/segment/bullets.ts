// Summary bullets above a story (Reuters markets), each possibly wrapped onto indented lines:
//   "    * Spot gold may rise to $2,400\n      - technicals"
import type { SegState } from './model.js';
import { isBlankLine, region } from './model.js';

const BULLET = /^[*•·▪■●]\s+\S/;
// the signs BULLET opens with: a line starting otherwise (nearly every line) is not tested
const SIGNS = '*•·▪■●';
const isBullet = (core: string): boolean => core.length > 0 && SIGNS.includes(core[0]) && BULLET.test(core);

export function bulletsRule(st: SegState, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const l = st.lines[i];
    if (l.kind !== null || !isBullet(l.core)) continue;
    let last = i;
    // continuation lines: indented deeper than the bullet sign, not a new bullet
    while (last + 1 < to) {
      const n = st.lines[last + 1];
      if (isBlankLine(n) || n.kind !== null || isBullet(n.core) || n.indent <= l.indent) break;
      last++;
    }
    for (let k = i; k <= last; k++) st.lines[k].kind = 'bullet';
    const span = { start: l.cs, end: st.lines[last].ce };
    st.ctx.story.bullets.push({ text: st.text.slice(span.start, span.end), span });
    region(st, 'bullet', span);
    i = last;
  }
}
