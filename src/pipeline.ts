// The stages of newsparse in the order they run. Each stage reads what the ones before
// it left in the context; later stages never change earlier parts.
import type { Stage } from './context.js';
import { segmentStage } from './segment/index.js';
import { datesStage } from './extract/dates/index.js';
import { entitiesStage } from './extract/entities/index.js';
import { titlesStage } from './extract/titles/index.js';
import { quotesStage } from './extract/quotes/index.js';
import { eventsStage } from './extract/events/index.js';
import { agreementsStage } from './extract/agreements/index.js';

export const STAGES: readonly Stage[] = [
  // 1. header, source line, slug, advisories, bylines, dateline, body, bullets, captions, trailers
  segmentStage,
  // 2. every date the story states, resolved against the dateline or header date
  datesStage,
  // 3. people (with titles), organizations, locations, with every mention
  entitiesStage,
  // 3b. titles of the people found in 3: pre-name, appositive, chained, predicate
  titlesStage,
  // 4. direct and reported speech, attributed to people from stage 3
  quotesStage,
  // 5. meetings, talks, visits, signings, dated by stage 2
  eventsStage,
  // 6. agreements signed or reached, their topics, parties and witnesses
  agreementsStage,
];
