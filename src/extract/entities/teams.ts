// In sports copy a country that plays is its national team, an organization:
//
//   `Belgium beat Panama 3-0 in Group G`   -> Belgium, Panama: teams (organizations)
//   `England's Harry Kane scored twice`    -> England: a team
//   `Fans flew in from Panama on Monday`   -> in a sentence with no play: still a place
//
// A story is sports copy when several of its sentences carry a score or a word of play;
// then countries in those sentences are teams. Linear in the tokens.
import type { Sentence } from '../../text/sentences.js';
import { SPORTS_WORDS } from '../../lexicon/name-kinds.js';
import type { Token } from '../../text/tokens.js';

/** `3-0`, `2 - 1`, `1–1` as tokens: number, dash, number. */
function hasScore(tokens: Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].kind === 'number' && /^[-\u2013]$/.test(tokens[i + 1].text) && tokens[i + 2].kind === 'number'
      && tokens[i].text.length <= 2 && tokens[i + 2].text.length <= 2) return true;
    if (tokens[i].kind === 'number' && /^\d{1,2}[-\u2013]\d{1,2}$/.test(tokens[i].text)) return true;
  }
  return false;
}

/** Whether a sentence talks about play. */
export function isPlaySentence(s: Sentence): boolean {
  return hasScore(s.tokens) || s.tokens.some((t) => t.kind === 'word' && SPORTS_WORDS.has(t.text.toLowerCase()));
}

/** Sentences of a sports story that talk about play; empty when the story is not sports copy. */
export function playSentences(sentences: Sentence[]): Set<Sentence> {
  const play = sentences.filter(isPlaySentence);
  const strong = sentences.filter((s) => hasScore(s.tokens)).length;
  return strong >= 1 && play.length >= 3 ? new Set(play) : new Set();
}
