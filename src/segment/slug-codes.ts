// Slugs, transmission codes and advisories above a story (ANPA-1312 / AP / Reuters feeds).
//   w2213 &Cx1f; wstm-                     (selector code: slug)
//   u i &Cx13; URGENT 08-07 0122           (priority and time: advisory)
//   BC-Kenya-Explosion, 5th Ld-Writethru   (slug, with its writethru mark)
//   AP Photos Planned | AP Photo XHG401, XBEJ101 | LaserPhotos WX6,7   (media advisories)
//   (Eds: Minor edits. With AP Photos.) | EDITOR'S NOTE — ...         (editors' notes)
//   URGENT | BULLETIN                      (priority marks)
import type { Advisory } from '../schema/story.js';
import { PRIORITY_WORDS } from '../lexicon/segment-codes.js';
import type { SegState, SegLine } from './model.js';
import { mark } from './model.js';
import { DIGITS, LOWER, SPACE, firstLetters, rulesByOpening, type OpeningRule } from './openings.js';

interface CodeRule extends OpeningRule {
  id: string;
  pattern: RegExp;
  /** `slug` sets header.slug; an advisory kind adds an advisory; `code` is noise kept as an advisory. */
  as: 'slug' | Advisory['kind'];
}

export const CODE_RULES: readonly CodeRule[] = [
  { id: 'anpa-selector', pattern: /&Cx[0-9A-Fa-f]{2};|^[a-z]\d{4}\s/, as: 'slug' },
  // u i BC-Robocalls-Bill 01-05 0388
  { id: 'selector-slug', pattern: /^[a-z](?:\s[a-z]){0,3}\s+(?:BC|AM|PM)-\S/, as: 'slug', opens: LOWER },
  // (ATTN: UPDATES with details in paras 4-5)
  { id: 'attn', pattern: /^\(?\s?ATTN\s?:/, as: 'editors-note', opens: '(A' + SPACE },
  { id: 'bc-slug', pattern: /^(?:BC|AM|PM|AP|APW)-[A-Za-z0-9][\w'&.]*(?:-[\w'&.]+)*(?:,[^\n]{0,80})?$/, as: 'slug', opens: 'BAP' },
  // PM-Ocean State Marathon, Bjt,0548 | AM-Storm Damage, Adv 12 | BC-Fire Kills 3, 2nd Ld-Writethru: words with spaces,
  // then a budget, advance, take or writethru mark or a word count after a comma
  { id: 'bc-slug-words', pattern: /^(?:BC|AM|PM)-[A-Za-z0-9][\w'&.]*(?:[- ][\w'&.]+){0,8}\s?,\s?(?:Bjt|Adv\b|Sked|Take|Sub\b|Dupe|\d{1,2}(?:st|nd|rd|th)\s(?:Ld|Add)|Ld|Writethru|Correction|\d{3,4}$)[^\n]{0,60}$/, as: 'slug', opens: 'BAP' },
  { id: 'priority', pattern: new RegExp(`^(?:${PRIORITY_WORDS.join('|')})(?:\\s\\d{2}-\\d{2}\\s\\d{4})?$`), as: 'priority', opens: firstLetters(PRIORITY_WORDS) },
  { id: 'photo-codes', pattern: /^(?:AP|UPI|AFP)\s(?:Photos?|LaserPhotos?|Graphics?)\s(?:Planned|[A-Z]{2,5}\d{1,4}\b.*|NY\d+.*)$|^(?:Laser|Wire|Tele)Photos?\s[A-Z]{1,5}\d[\d,\-\s]{0,40}\S*$|^(?:AP|UPI)\s(?:Photos?|Video|Graphic)\s(?:planned|available)\.?$/i, as: 'media', opens: 'AaUuLlWwTt' },
  { id: 'eds-note', pattern: /^\(?\s?(?:Eds?|EDS?|Editors?|EDITORS?|Ed\.?)\s?(?:Note)?\s?:|^EDITOR'?S NOTE\b|^Editor'?s [Nn]ote\b|^\(?\s?(?:Note to editors|NOTE TO EDITORS)\b/, as: 'editors-note', opens: '(EN' + SPACE },
  { id: 'writethru', pattern: /^(?:\d{1,2}(?:st|nd|rd|th)\s(?:Ld|Lead|Add)[- ])?Writethru(?:[,:]?\s?[A-Za-z0-9-]{1,12}){0,3}$/i, as: 'writethru', opens: 'Ww' + DIGITS },
  // ATTENTION - CHANGES death toll in paragraph 1 ...
  { id: 'attention', pattern: /^ATTENTION\s?[-:—]/, as: 'correction', opens: 'A' },
  { id: 'correction', pattern: /^(?:CORRECTION|CORRECTED|REFILE|RPT|REPEAT)$/, as: 'correction', opens: 'CR' },
  { id: 'keyword-line', pattern: /^(?:Keywords?|KEYWORDS?|Slug|SLUG|Category|Topics?)\s?:/, as: 'code', opens: 'KSCT' },
];

// (the rules a line can match by its first character: see openings.ts)
const RULES_FOR = rulesByOpening(CODE_RULES);

export function slugCodeRule(st: SegState, line: SegLine): boolean {
  const core = line.core;
  if (core.length > 400) return false;
  for (const r of RULES_FOR(core)) {
    if (!r.pattern.test(core)) continue;
    const span = { start: line.cs, end: line.ce };
    const h = st.ctx.story.header;
    if (r.as === 'slug') {
      if (!h.slug) h.slug = { text: core, span };
      else h.advisories.push({ kind: 'code', text: core, span });
      // BC-Kenya-Explosion, 5th Ld-Writethru / u i &Cx13; URGENT
      if (/\bWritethru\b/i.test(core)) h.advisories.push({ kind: 'writethru', text: core, span });
      if (/\bURGENT\b/.test(core)) h.advisories.push({ kind: 'priority', text: core, span });
      mark(st, line, 'slug');
    } else {
      h.advisories.push({ kind: r.as, text: core, span });
      mark(st, line, 'advisory');
    }
    return true;
  }
  return false;
}
