// Phrases that report an event, with its type and CAMEO code (040 consult, 042 make a
// visit, 043 host a visit, 057 sign formal agreement, 010 make statement). Regex sources,
// matched case-insensitively as whole words. `reference` triggers only name an event
// already reported (`After the talks, ...`) and never start one on their own.
import type { Event } from '../schema/story.js';

export interface EventTrigger {
  id: string;
  pattern: string;
  type: Event['type'];
  cameo: string;
  reference?: boolean;
}

const KIND = '(?:[a-z-]+\\s+){0,2}';

export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  // `held talks with`, `holds talks with`, `held two rounds of talks`
  { id: 'held-talks', pattern: `(?:held|holds|hold|holding|had|has|have)\\s+${KIND}(?:talks|negotiations|consultations|discussions)`, type: 'talks', cameo: '040' },
  // `held a meeting with`, `had a phone call with`
  { id: 'held-meeting', pattern: `(?:held|holds|had|has)\\s+(?:a|an)\\s+${KIND}(?:meeting|phone call|telephone conversation|video call|conversation)\\s+with`, type: 'meeting', cameo: '040' },
  // `met with`, `met`, `meets`
  { id: 'met', pattern: '(?:met|meets|meeting)(?:\\s+(?:here|there|separately|later|earlier|also))?\\s+with|(?:met|meets)(?=\\s+(?:[A-Z]|visiting|his|her|the\\s+visiting))', type: 'meeting', cameo: '040' },
  // `paid a visit to`, `on a state visit to`, `arrived in Beijing for an official visit`
  { id: 'visit', pattern: `(?:paid|pays|paying|made|makes|on)\\s+(?:a|an|his|her|their)\\s+${KIND}visit\\s+to|arrived\\s+(?:in|here)\\b[^.;]{0,60}?\\bfor\\s+(?:a|an)\\s+${KIND}visit|visited|visits|is\\s+visiting|was\\s+visiting`, type: 'visit', cameo: '042' },
  // `hosted`, `received visiting ...`, `welcomed`
  { id: 'host', pattern: 'hosted|hosts|welcomed|received\\s+(?:the\\s+)?visiting', type: 'visit', cameo: '043' },
  // `witnessed the signing of`, `signed`, `signing ceremony`
  { id: 'signing', pattern: 'witness(?:ed|es)?\\s+the\\s+signing|signing\\s+ceremony|signed|inked|sign(?=\\s+(?:a|an|the|two|\\w+\\s+(?:agreements?|deals?|treat(?:y|ies)|accords?|documents?)))', type: 'signing', cameo: '057' },
  // `said in a statement`, `issued a statement`
  { id: 'statement', pattern: '(?:issued|released|published)\\s+(?:a|an)\\s+(?:[a-z-]+\\s+)?statement|in\\s+a\\s+(?:[a-z-]+\\s+)?statement', type: 'statement', cameo: '010' },
  // `After the talks, ...`, `after their talks`, `during the meeting`
  { id: 'talks-reference', pattern: '(?:after|during|before|following|at)\\s+(?:the|their|his|her)\\s+(?:talks|meeting)', type: 'talks', cameo: '040', reference: true },
];
