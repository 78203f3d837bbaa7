// Builds people by hand for title tests: every occurrence of each given name form becomes a
// mention, as the entities stage would report it (name only, no title).
import type { Person } from '../../src/schema/story.js';

export function peopleFor(text: string, names: string[][]): Person[] {
  return names.map((forms, i) => {
    const mentions = [];
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const before = at > 0 ? text[at - 1] : ' ';
        const after = text[at + form.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        mentions.push({ text: form, start: at, end: at + form.length, form: 'full', rule: 'test' });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: `p${i + 1}`,
      name: forms[0],
      nameParts: { given: null, family: null, order: 'given-first' as const },
      aliases: [],
      titles: [],
      roles: [],
      mentions,
    };
  });
}
