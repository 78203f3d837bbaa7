// The title rules in the order they run. Order matters only for ties in one-per-office
// (a title found twice keeps the earlier rule's record).
import type { TitleRule } from './rule.js';
import { preNameTitleRule } from './pre-name.js';
import { appositiveTitleRule } from './appositive.js';
import { predicateTitleRule } from './predicate.js';
import { verbOfficeTitleRule } from './verb-office.js';

export const TITLE_RULES: readonly TitleRule[] = [
  // 1. `Venezuelan President Hugo Chavez`, `General Secretary of the CPC Central Committee Xi`
  preNameTitleRule,
  // 2. `X, chairman of ..., held talks`; `X, a member of ... and chairman of ...,`
  appositiveTitleRule,
  // 3. `X is the president of Y`, `X, who is the mayor of Z`
  predicateTitleRule,
  // 4. `X, who chairs the dairy section of Y,`: a verb that states the office by itself
  verbOfficeTitleRule,
];
