// Offices stated by a verb of their own after `who`:
//   `X, who chairs the dairy section of Federated Farmers of New Zealand, said`
//     -> `chairs the dairy section of Federated Farmers of New Zealand` (role chair)
//   `X, who also heads the Y`, `X, who presides over the court`
// The title's text is the verb phrase as written, so its span stays in the input.
import { OFFICE_VERBS, OFFICE_VERB_ADVERBS, ARTICLES } from '../../lexicon/title-patterns.js';
import { postTail, toTitle, trimConnectors } from './phrase.js';
import { unitAt } from './units.js';
import type { TitleRule } from './rule.js';

const WINDOW = 60;

export const verbOfficeTitleRule: TitleRule = {
  id: 'verb-office-title',
  find(scene, mention) {
    const { units, blocked, text } = scene;
    let j = unitAt(units, mention.end);
    // `X, 52, who heads the Y`: skip the age
    if (units[j]?.text === ',' && units[j + 1]?.kind === 'number' && /^\d{1,3}$/.test(units[j + 1].text) && units[j + 2]?.text === ',') j += 2;
    if (units[j]?.text !== ',' || units[j + 1]?.lower !== 'who' || units[j + 1].upper) return [];
    j += 2;
    if (units[j]?.kind === 'word' && OFFICE_VERB_ADVERBS.has(units[j].lower)) j++;
    const verb = units[j];
    const role = verb?.kind === 'word' && !verb.upper ? OFFICE_VERBS.get(verb.lower) : undefined;
    if (!role) return [];
    let tailStart = j + 1;
    // `presides over the court`
    if (units[tailStart]?.lower === 'over') tailStart++;
    const end = Math.min(units.length, tailStart + WINDOW);
    // the verb's object is an organization, never a person (`who heads Smith's team` is no office of X)
    if (tailStart >= end || blocked(tailStart) || units[tailStart].kind !== 'word') return [];
    const first = ARTICLES.has(units[tailStart].lower) ? tailStart + 1 : tailStart;
    // an object, not an infinitive: `who manages the fund`, `who heads Acme`, never `who manages to`
    if (first >= end || blocked(first) || units[first].possessive || (first === tailStart && !units[first].upper)) return [];
    const tailEnd = trimConnectors(units, tailStart, postTail(units, tailStart, end, blocked).end);
    if (tailEnd <= first) return [];
    return [toTitle(text, units, { start: j, end: tailEnd, headStart: j, headEnd: j + 1, role, tailStart, chainAt: null, plural: false }, 'verb-office-title')];
  },
};
