// What a title rule sees: the story's units, which of them belong to people's names, and
// one mention to look around. A rule returns the titles it finds for that mention.
import type { Mention, Title } from '../../schema/story.js';
import type { Unit } from './units.js';
import type { Blocked } from './phrase.js';

export interface TitleScene {
  readonly text: string;
  readonly units: readonly Unit[];
  /** True for units inside any person's name mention. */
  readonly blocked: Blocked;
}

export interface TitleRule {
  readonly id: string;
  find(scene: TitleScene, mention: Pick<Mention, 'start' | 'end'>): Title[];
}
