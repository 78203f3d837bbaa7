import type { Stage } from '../../context.js';

// Filled in by its issue; the stage is wired into the pipeline already.
export const titlesStage: Stage = {
  name: 'titles',
  run() {},
};
