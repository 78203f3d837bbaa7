// The published JSON Schema (draft 2020-12), derived from the zod schema so the two can
// never disagree.
import { z } from 'zod';
import { Story } from './story.js';

export function storyJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/newsparse/newsparse/schema/story.json',
    ...z.toJSONSchema(Story, { target: 'draft-2020-12' }),
  } as Record<string, unknown>;
}
