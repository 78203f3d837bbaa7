// The segment stage: splits a wire story into header, dateline, body, bullets, captions and
// trailers. Rules run in this order, each on what the ones before left unplaced.
import type { Stage, Context } from '../context.js';
import { warn } from '../context.js';
import { splitLines } from '../text/lines.js';
import type { SegState } from './model.js';
import { isBlankLine, region } from './model.js';
import { coreOf } from './noise.js';
import { storyEndRule } from './multiple-stories.js';
import { tailTrailersRule, strongTrailersRule, inlineEndMarkRule, releaseTailRule } from './trailers.js';
import { slugCodeRule } from './slug-codes.js';
import { headerLineRule, findDocumentId } from './header-line.js';
import { sourceLineRule } from './source-line.js';
import { datelineSearchRule, resolveDateline } from './dateline-rule.js';
import { bulletsRule } from './bullets.js';
import { headerZoneRule } from './header-zone.js';
import { bodyRule } from './body.js';
import { sgmlFieldsRule } from './sgml-fields.js';
import { archiveLineRule } from './archive-fields.js';
import { factivaRule } from './factiva.js';

function prepare(ctx: Context): SegState {
  const lines = (ctx.lines.length || !ctx.text ? ctx.lines : splitLines(ctx.text)).map((l) => coreOf(ctx.text, l));
  return {
    ctx, text: ctx.text, lines, end: lines.length, datelineLine: -1, datelineEnd: -1, trailerStart: lines.length,
    impliedAgency: null, impliedDate: null, lineDatelines: new Map(),
  };
}

/** Header lines, slugs and source lines above the dateline, classified before the dateline search. */
function topLinesRule(st: SegState): void {
  let seen = 0;
  for (let i = 0; i < st.end && seen < 40; i++) {
    const l = st.lines[i];
    if (isBlankLine(l) || l.kind !== null) continue;
    seen++;
    if (l.core.length > 400) break;
    if (headerLineRule(st, l) || slugCodeRule(st, l) || sourceLineRule(st, l) || archiveLineRule(st, l, seen)) continue;
  }
}

export const segmentStage: Stage = {
  name: 'segment',
  run(ctx) {
    const st = prepare(ctx);
    if (!st.lines.some((l) => !isBlankLine(l))) {
      warn(ctx, 'empty-input', 'The input holds no text.');
      return;
    }
    // 1. a second story or a repeat ends the first: `date 2024-04-13 …` / `<DOC>` / the first line again
    storyEndRule(st);
    // 2. trailers at the end, from the bottom up: `Enditem`, ` Reuter`, `==Kyodo`, `(Reporting by …)`,
    //    `___` + `… contributed to this report.`, `Editor: …`, `Copyright …`, `AP-WF-02-20-16 0337GMT`
    tailTrailersRule(st);
    // 3. header lines, slugs, codes and source lines at the top:
    //    `date 2024-04-12 Headline`, `XIE19990313.0229 1999-03-13 Headline`, `NEWS STORY 08/07/1998 06:18:00`,
    //    `BC-Kenya-Explosion, 5th Ld-Writethru`, `AP Photo XHG401`, `Xinhua, April 12, 2024`
    //    (corpus SGML first: `<DATE> 3-MAR-1987 …</DATE>`, `<TITLE>…</TITLE>`, `<DATELINE>…</DATELINE><BODY>…`;
    //    archive lines: `2 of 14 DOCUMENTS`, `LENGTH: 412 words`, `UPI 09-14-88 11:42 aed`, `Japan Economic Newswire`)
    sgmlFieldsRule(st);
    //    (Factiva exports: `HD …` / `WC 389 words` / `PD 8 June 2004` / `LP` / `TD`, or `412 words` under the headline)
    factivaRule(st);
    topLinesRule(st);
    findDocumentId(st, Math.min(st.end, 12));
    // 4. the dateline: `PYONGYANG, April 11 (Xinhua) --`, `WASHINGTON (AP) —`, `(ANSA) - Rome, October 11 -`
    datelineSearchRule(st);
    // 4b. a press release's closing sections: `About Acme Corp.` boilerplate, `Contacts` blocks
    releaseTailRule(st);
    // 5. summary bullets: `    * Spot gold may rise …`
    bulletsRule(st, 0, st.trailerStart);
    // 6. what stands above the dateline: headline, bylines (`By JANE DOE` / `Associated Press Writer`),
    //    a date line (`Friday, August 21, 2015`), captions ending in `(Xinhua/Liu Fang)`
    const bodyStart = headerZoneRule(st);
    // 7. trailers that stand inside the story: `(Reporting by …)` before closing captions, `-0-`
    strongTrailersRule(st, bodyStart);
    // 8. the body: paragraphs, captions after it, bylines as paragraphs (`By Jane Doe`)
    bodyRule(st, bodyStart);
    // 9. `... the talks. -0-`: an end mark at the end of the last paragraph
    inlineEndMarkRule(st);
    // 10. the dateline's year and agency from the header, sign-off or release date
    resolveDateline(st);
    // trailers in reading order (the tail was read from the bottom up)
    ctx.story.trailers.sort((a, b) => a.span.start - b.span.start);
    // 11. lines nobody placed (outside the first story's parts): noise regions
    for (const l of st.lines.slice(0, st.end)) if (l.kind === null && !isBlankLine(l)) region(st, 'noise', { start: l.cs, end: l.ce });
  },
};
