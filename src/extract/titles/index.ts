// The titles stage: looks around every name mention the entities stage found and fills
// people[].titles with the offices the story gives them (see configuration.ts for the rules).
import type { Stage } from '../../context.js';
import type { Person, Title } from '../../schema/story.js';
import type { Token } from '../../text/tokens.js';
import { storyTokens, toUnits } from './units.js';
import { TITLE_RULES } from './configuration.js';
import { onePerOffice } from './one-per-office.js';
import type { TitleScene } from './rule.js';
import { unitAt } from './units.js';

export { onePerOffice } from './one-per-office.js';

/**
 * Fills `titles` of each person from the text around their mentions; returns the people.
 * `tokens` gives the text's tokens when they are at hand (the stage's, see storyTokens).
 */
export function findTitles(text: string, people: Person[], tokens?: () => readonly Token[]): Person[] {
  if (people.length === 0) return people;
  const units = toUnits(text, tokens?.());
  // which units stand inside a person's name (a plain array: a typed array of a story's
  // length is allocated outside the heap, which costs more than the whole marking)
  const inName: boolean[] = new Array<boolean>(units.length).fill(false);
  // (indexed loops: the first stories of a process run this before the JIT has optimised it,
  // where an array iterator costs several calls a step)
  for (let i = 0; i < people.length; i++) {
    const mentions = people[i].mentions;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j];
      for (let k = unitAt(units, m.start); k < units.length && units[k].start < m.end; k++) inName[k] = true;
    }
  }
  const scene: TitleScene = { text, units, blocked: (k) => k < 0 || k >= units.length || inName[k] };
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const found: Title[] = p.titles.slice();
    for (let j = 0; j < p.mentions.length; j++) {
      for (let r = 0; r < TITLE_RULES.length; r++) {
        const titles = TITLE_RULES[r].find(scene, p.mentions[j]);
        for (let t = 0; t < titles.length; t++) found.push(titles[t]);
      }
    }
    p.titles = onePerOffice(found);
  }
  return people;
}

export const titlesStage: Stage = {
  name: 'titles',
  run(ctx) {
    findTitles(ctx.text, ctx.story.people, () => storyTokens(ctx));
  },
};
