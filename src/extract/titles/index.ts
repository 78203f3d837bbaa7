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
  // which units stand inside a person's name
  const inName = new Uint8Array(units.length);
  for (const p of people) {
    for (const m of p.mentions) {
      for (let k = unitAt(units, m.start); k < units.length && units[k].start < m.end; k++) inName[k] = 1;
    }
  }
  const scene: TitleScene = { text, units, blocked: (k) => k < 0 || k >= units.length || inName[k] === 1 };
  for (const p of people) {
    const found: Title[] = [...p.titles];
    for (const m of p.mentions) for (const rule of TITLE_RULES) found.push(...rule.find(scene, m));
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
