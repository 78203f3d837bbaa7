// Issue 3, the e-batch: general rules for places that begin with an honorific or a saint,
// company words, long comma lists in names, hard-wrapped names. Made-up sentences only.
import { entitiesStage } from '../../src/extract/entities/index.js';
import { splitLines } from '../../src/text/lines.js';
import type { Context } from '../../src/context.js';
import type { Story } from '../../src/schema/story.js';
import { spanViolations } from '../helpers/spans.js';

function parse(text: string): Story {
  const story = {
    header: { headline: null, headlineSpan: null, bylines: [], advisories: [] },
    dateline: null, body: [], bullets: [], captions: [], trailers: [],
    people: [], organizations: [], locations: [], warnings: [],
  } as unknown as Story;
  const ctx: Context = { text, options: {}, lines: splitLines(text), story, regions: [], scratch: new Map() };
  entitiesStage.run(ctx);
  return ctx.story;
}
const names = (xs: Array<{ name: string }>): string[] => xs.map((x) => x.name);

describe('people', () => {
  test.each([
    // an honorific that begins a known place is part of it; a demonym's hyphen adjective names no one
    ['Sri Lanka and Nepal met. A Sri Lankan-run school opened and a Chinese-built port grew.', []],
    ['It was signed by Sri Lankan Fisheries Minister Nuwan Perera on Friday.', ['Nuwan Perera']],
    // a long portfolio with a comma list before the name
    ["Talks were held between Ghana's Cabinet Secretary for Mining, Energy and Water Resources Daniel Owusu and a delegation.", ['Daniel Owusu']],
    // a month's abbreviation that is also a given name
    ['(Additional reporting by Jan Vermeer in Antwerp)', ['Jan Vermeer']],
    // a given name, a name and a town's name last
    ['The accord was signed by Portuguese Foreign Minister Paulo Sousa Braga, who led the team.', ['Paulo Sousa Braga']],
    // a name broken across a hard-wrapped line after a title's portfolio
    ['The deal was signed by Omani Deputy Minister of Fisheries and Water\nKhalid al-Harthy at the end of a meeting.', ['Khalid al-Harthy']],
    // company words and sites are no people
    ['Finnish developer Pohjola Energy said its Lumivaara wind farm would open.', []],
    ['Malaysian state utility Syarikat Tenaga Nasional (STN) and miner PT Sinar Logam (Sinlo) signed a deal.', []],
    // saints' names begin places
    ['A woman died in the village of San Miguel Tlacotepec near the Santa Ana-Chinchero crossing.', []],
  ])('%s', (text, expected) => {
    const s = parse(text);
    expect(names(s.people)).toEqual(expected);
    expect(spanViolations(text, s)).toEqual([]);
  });

  test('a name wrapped across a line is one mention whose text is the slice', () => {
    const text = 'The accord was signed by Deputy Minister of Transport and Works\nHassan al-Mahdi on Monday.';
    const p = parse(text).people.find((x) => x.name.startsWith('Hassan'));
    expect(p?.mentions[0].text).toBe(text.slice(p!.mentions[0].start, p!.mentions[0].end));
  });

  test('the first of two family names alone is the same person', () => {
    const s = parse('Foreign Minister Ramon Vargas Llosa signed it. Vargas said it was fair.');
    expect(names(s.people)).toEqual(['Ramon Vargas Llosa']);
    expect(s.people[0].mentions.map((m) => m.text)).toEqual(['Ramon Vargas Llosa', 'Vargas']);
  });
});

describe('organizations', () => {
  test.each([
    ['An official of the Lao Ministry of Agriculture, Forestry, Fisheries and Irrigation said so.', ['Ministry of Agriculture, Forestry, Fisheries and Irrigation']],
    ['A meeting of the Joint Commission for Economic, Cultural, Scientific and Technical Cooperation was held.', ['Joint Commission for Economic, Cultural, Scientific and Technical Cooperation']],
    ['Peru took the case to the International Court of Justice in The Hague.', ['International Court of Justice']],
    ["According to Chile's National Superintendency of Customs, trade rose.", ['National Superintendency of Customs']],
    ['The British Geological Survey put the magnitude at 5.1.', ['British Geological Survey']],
    ['Ships used the Northern Sea Route and the Trans-Caspian Route.', []],
    ['FILE - Construction workers build homes in Lusaka.', []],
    ['The jets, built by Avionor, are worth $50 million.', ['Avionor']],
    ["Russia's state nuclear corporation Atomprom and the Shipping Corporation of India signed a deal.", ['Atomprom', 'Shipping Corporation of India']],
    ['Danish developer Nordlys Energy said it signed a deal.', ['Nordlys Energy']],
    ['Indonesian state miner PT Sinar Logam (Sinlo) signed a deal. Sinlo shares rose.', ['PT Sinar Logam']],
    ['State utility Perusahaan Gas Negara (PGN) said so.', ['Perusahaan Gas Negara']],
    ["Korea's Hanul Chemical Co signed a deal. Hanul will hold 60 percent, Hanul's chief executive said.", ['Hanul Chemical Co']],
    ['The PT unit said nothing.', []],
  ])('%s', (text, expected) => {
    const s = parse(text);
    expect(names(s.organizations)).toEqual(expected);
    expect(spanViolations(text, s)).toEqual([]);
  });

  test('a short form in parentheses made of the name\'s letters is its acronym, a place in parentheses is not', () => {
    expect(parse('PT Sinar Logam (Sinlo) said so.').organizations[0].acronym).toBe('Sinlo');
    expect(names(parse('Orient Pacific Bank (Paris) said so.').organizations)).toEqual(['Orient Pacific Bank']);
    expect(parse('Orient Pacific Bank (Paris) said so.').organizations[0].acronym).toBeNull();
  });
});

describe('places', () => {
  test.each([
    ['A woman died in the village of San Miguel Tlacotepec.', 'San Miguel Tlacotepec'],
    ['They set up a customs post at the Santa Ana-Chinchero crossing.', 'Santa Ana-Chinchero'],
    ['The bridge links Vientiane with Nong Khai.', 'Nong Khai'],
    ['Antam will supply ore from its Tanjung mine.', 'Tanjung'],
  ])('%s', (text, place) => {
    expect(names(parse(text).locations)).toContain(place);
  });
});
