import { findTitles } from '../../src/extract/titles/index.js';
import { peopleFor } from './helpers.js';

type Expect = { text: string; role?: string | null; organization?: string | null; country?: string | null; rule?: string };

// [sentence, name forms of the person, expected titles in story order]
const cases: Array<[string, string[], Expect[]]> = [
  ['CARACAS, Jan. 5 (AP) -- Venezuelan President Hugo Chavez said on Monday.', ['Hugo Chavez'],
    [{ text: 'Venezuelan President', role: 'president', organization: null, country: 'Venezuela', rule: 'pre-name-title' }]],
  ['U.S. Secretary of State Madeleine Albright arrived in Seoul.', ['Madeleine Albright'],
    [{ text: 'U.S. Secretary of State', role: 'secretary of state', country: 'United States' }]],
  ['Russian Foreign Minister Sergei Lavrov told reporters.', ['Sergei Lavrov'],
    [{ text: 'Russian Foreign Minister', role: 'foreign minister', country: 'Russia' }]],
  ['The bill was signed by Gov. Andrew Cuomo on Friday.', ['Andrew Cuomo'], [{ text: 'Gov.', role: 'governor' }]],
  ['Zhao said that WPK General Secretary Kim Jong Un agreed.', ['Kim Jong Un'],
    [{ text: 'WPK General Secretary', role: 'general secretary', organization: 'WPK' }]],
  ['General Secretary of the CPC Central Committee Xi Jinping has said so.', ['Xi Jinping'],
    [{ text: 'General Secretary of the CPC Central Committee', role: 'general secretary', organization: 'CPC Central Committee' }]],
  ['The unit was led by Lt. Gen. Mark Hertling.', ['Mark Hertling'], [{ text: 'Lt. Gen.', role: 'lieutenant general' }]],
  ['He met former Prime Minister Tony Blair in London.', ['Tony Blair'], [{ text: 'former Prime Minister', role: 'prime minister' }]],
  ['Chinese Foreign Ministry spokesperson Wang Wenbin said.', ['Wang Wenbin'],
    [{ text: 'Chinese Foreign Ministry spokesperson', role: 'spokesperson', organization: 'Foreign Ministry', country: 'China' }]],
  ['State Councilor and Foreign Minister Wang Yi met him.', ['Wang Yi'],
    [{ text: 'State Councilor', role: 'state councilor' }, { text: 'Foreign Minister', role: 'foreign minister' }]],
  ["The agency's director, John Smith, said.", ['John Smith'], [{ text: "agency's director", role: 'director', rule: 'comma-pre-name-title' }]],
  ['Li Ming, chairman of the Assembly, Park Su and Kim met.', ['Park Su'], []],
  ['Police have opened an investigation, said Central Sulawesi police chief Inspector General Agus Nugroho.', ['Agus Nugroho'],
    [{ text: 'Central Sulawesi police chief', role: 'police chief' }, { text: 'Inspector General', role: 'inspector general' }]],
  ['Central bank Gov. Elvira Nabiullina told reporters.', ['Elvira Nabiullina'], [{ text: 'Central bank Gov.', role: 'governor' }]],
  ['Guterres appointed Lt. Gen. Rajesh Menon of India as force commander of the United Nations Mission in South Sudan (UNMISS).', ['Rajesh Menon'],
    [{ text: 'Lt. Gen.', role: 'lieutenant general' }, { text: 'force commander of the United Nations Mission in South Sudan (UNMISS)', role: 'commander', rule: 'predicate-title' }]],
  // appositives
  ["Li Ming, chairman of China's National People's Congress Standing Committee, held talks.", ['Li Ming'],
    [{ text: "chairman of China's National People's Congress Standing Committee", role: 'chairman', organization: "National People's Congress Standing Committee", country: 'China', rule: 'appositive-title' }]],
  ['Li Ming, a member of the Political Bureau of the Communist Party of China (CPC) Central Committee and chairman of the Standing Committee of the Supreme People\'s Assembly, spoke.', ['Li Ming'],
    [{ text: 'member of the Political Bureau of the Communist Party of China (CPC) Central Committee', role: 'member', organization: 'Political Bureau of the Communist Party of China Central Committee', country: 'China' },
     { text: "chairman of the Standing Committee of the Supreme People's Assembly", role: 'chairman', rule: 'appositive-chain-title' }]],
  ['Li, also a member of the Standing Committee of the Political Bureau, told Park.', ['Li'],
    [{ text: 'member of the Standing Committee of the Political Bureau', role: 'member' }]],
  ["Li Ming, the country's top legislator, said.", ['Li Ming'], [{ text: "country's top legislator", role: 'legislator', country: null }]],
  ['John Smith, 54, a senior director at Goldman Sachs, said.', ['John Smith'],
    [{ text: 'senior director at Goldman Sachs', role: 'director', organization: 'Goldman Sachs' }]],
  ['Rafael Ramirez, Venezuela\'s oil minister, said on Tuesday.', ['Rafael Ramirez'],
    [{ text: "Venezuela's oil minister", role: 'minister', country: 'Venezuela' }]],
  ['He met Li Ming, chairman of the board, here on Thursday.', ['Li Ming'], [{ text: 'chairman of the board', role: 'chairman of the board' }]],
  ['"It is safe," said Takeshi Hoshino, President and CEO of Hoshino Ceramics.', ['Takeshi Hoshino'],
    [{ text: 'President and CEO of Hoshino Ceramics', role: 'president and chief executive officer', organization: 'Hoshino Ceramics' }]],
  ['The group was led by Kenji Morimoto, a former defense minister and\n    member of the House of Representatives from the ruling Liberal Democratic Party (LDP).', ['Kenji Morimoto'],
    [{ text: 'former defense minister', role: 'defense minister' }, { text: 'member of the House of Representatives', organization: 'House of Representatives' }]],
  ['He met visiting Egyptian Minister of Economy and Foreign Trade Ahmed Fathy Hassan here today.', ['Ahmed Fathy Hassan'],
    [{ text: 'Egyptian Minister of Economy and Foreign Trade', role: 'minister', organization: 'Economy and Foreign Trade', country: 'Egypt' }]],
  ['He met visiting Egyptian Minister of Economy and Foreign Trade Ahmed Fathy Hassan here today.', ['Ahmed Fathy Hassan', 'Economy'],
    [{ text: 'Egyptian Minister of Economy and Foreign Trade', role: 'minister' }]],
  ['Federal Reserve Chair Jerome Powell is due to speak.', ['Jerome Powell', 'Federal Reserve'],
    [{ text: 'Federal Reserve Chair', role: 'chair', organization: 'Federal Reserve' }]],
  ['Pak Song Gil, minister of Public Health, and officials attended.', ['Pak Song Gil', 'Public Health'],
    [{ text: 'minister of Public Health', role: 'minister', organization: 'Public Health' }]],
  // a portfolio between a prefix office and the office: one title
  ['Russian Deputy Energy Minister Ivan Petrov said.', ['Ivan Petrov'],
    [{ text: 'Russian Deputy Energy Minister', role: 'deputy minister', country: 'Russia' }]],
  ["Ukraine's Deputy Economy Minister Olena Koval said.", ['Olena Koval'], [{ text: "Ukraine's Deputy Economy Minister", role: 'deputy minister', country: 'Ukraine' }]],
  ['Pedro Soto, deputy trade and industry minister, said.', ['Pedro Soto'], [{ text: 'deputy trade and industry minister', role: 'deputy minister' }]],
  ['It was signed by Indonesian Coordinating Minister for Economic Affairs Budi Santoso.', ['Budi Santoso'],
    [{ text: 'Indonesian Coordinating Minister for Economic Affairs', role: 'minister', organization: 'Economic Affairs', country: 'Indonesia' }]],
  ['Chinese Vice Minister of Railways Li Ming arrived.', ['Li Ming'], [{ text: 'Chinese Vice Minister of Railways', role: 'vice minister', organization: 'Railways', country: 'China' }]],
  // honorifics between the title and the name
  ['The MoU was signed by Plantation Minister Datuk Seri Dr Ahmad Ismail.', ['Ahmad Ismail'], [{ text: 'Plantation Minister', role: 'minister' }]],
  ["It was witnessed by Prime Minister Dato' Sri Rahman Ali.", ['Rahman Ali'], [{ text: 'Prime Minister', role: 'prime minister' }]],
  ['Home Minister Tan Sri Ir. Musa Hassan spoke.', ['Musa Hassan'], [{ text: 'Home Minister' }]],
  // degrees and party designations before an appositive
  ['"We are ready," said Ellen Park, Ph.D., President and Chief Executive Officer of Acme Biologics.', ['Ellen Park'],
    [{ text: 'President and Chief Executive Officer of Acme Biologics', organization: 'Acme Biologics' }]],
  ["said Sen. John Doe, R-Neb., the committee's chairman and the bill's sponsor.", ['John Doe'],
    [{ text: 'Sen.' }, { text: "committee's chairman", role: 'chairman' }]],
  ['John Doe, Jr., chairman of Doe Holdings, said.', ['John Doe'], [{ text: 'chairman of Doe Holdings' }]],
  // chains joined by commas, lists inside a portfolio
  ["Park Il, chairman of the Workers' Party of Korea (WPK), chairman of the State Affairs Commission and supreme commander of the armed forces, inspected a farm.", ['Park Il'],
    [{ text: "chairman of the Workers' Party of Korea (WPK)" }, { text: 'chairman of the State Affairs Commission' }, { text: 'supreme commander of the armed forces' }]],
  ['Ali Karimov, who is also minister of investment, industry and trade, arrived.', ['Ali Karimov'],
    [{ text: 'minister of investment, industry and trade', organization: 'investment, industry and trade' }]],
  ['Ali Karimov, minister of finance, said on Monday.', ['Ali Karimov'], [{ text: 'minister of finance' }]],
  // lower-case titles before a name
  ['Senior advocate Ravi Menon, appearing for the traders, argued.', ['Ravi Menon'], [{ text: 'Senior advocate', role: 'advocate' }]],
  ['He met state councilor Li Ming on Monday.', ['Li Ming'], [{ text: 'state councilor', role: 'state councilor' }]],
  // headlines: a title before the name, none from a verb after it
  ['Foreign Minister Ivanov to visit Tokyo next week', ['Ivanov'], [{ text: 'Foreign Minister' }]],
  ['Li Ming Inspects Construction Sites in Sinuiju', ['Li Ming'], []],
  // a title set off by a comma before the name, with a lower-case organization
  ["A spokesman for China's foreign ministry, Li Ming, said.", ['Li Ming'],
    [{ text: "spokesman for China's foreign ministry", role: 'spokesman', country: 'China', rule: 'comma-pre-name-title' }]],
  ["Acme's chairman, John Doe, said.", ['John Doe'], [{ text: "Acme's chairman", role: 'chairman', rule: 'comma-pre-name-title' }]],
  // the country of a national body named in the title
  ['Li Ming, a member of the Political Bureau of the CPC Central Committee, spoke.', ['Li Ming'], [{ text: 'member of the Political Bureau of the CPC Central Committee', country: 'China' }]],
  ['WPK General Secretary Park Il spoke.', ['Park Il'], [{ text: 'WPK General Secretary', country: 'North Korea' }]],
  ["Park Il, chairman of the Workers' Party of Korea, spoke.", ['Park Il'], [{ text: "chairman of the Workers' Party of Korea", country: 'North Korea' }]],
  ['Anna Berg, a member of the Bundestag, spoke.', ['Anna Berg'], [{ text: 'member of the Bundestag', country: 'Germany' }]],
  // offices stated by a verb of their own
  ['"Nobody talked about it," said Tom Reid, who chairs the dairy section of Federated Farmers of New Zealand.', ['Tom Reid'],
    [{ text: 'chairs the dairy section of Federated Farmers of New Zealand', role: 'chair', organization: 'dairy section of Federated Farmers of New Zealand', country: 'New Zealand', rule: 'verb-office-title' }]],
  ['Ana Rojas, who also heads the Andean Water Council, spoke.', ['Ana Rojas'], [{ text: 'heads the Andean Water Council', role: 'head' }]],
  ['Ana Rojas, who manages to smile, spoke.', ['Ana Rojas'], []],
  ['Koirala, who is also deputy chief of the ruling Nepali Congress, said.', ['Koirala'],
    [{ text: 'deputy chief of the ruling Nepali Congress', role: 'deputy chief', rule: 'predicate-title' }]],
  // predicates
  ['Jane Doe is the president of Acme Corp.', ['Jane Doe'], [{ text: 'president of Acme Corp', role: 'president', organization: 'Acme Corp', rule: 'predicate-title' }]],
  ['Jane Doe was named chief executive of Acme Corp in May.', ['Jane Doe'], [{ text: 'chief executive of Acme Corp', role: 'chief executive' }]],
  ['Jane Doe, who is the mayor of Springfield, spoke.', ['Jane Doe'], [{ text: 'mayor of Springfield', role: 'mayor', organization: 'Springfield' }]],
  // comma lists of portfolios inside a title
  ['It was signed by Spanish Minister of Agriculture, Fisheries and Food Ana Ruiz in Rabat.', ['Ana Ruiz'],
    [{ text: 'Spanish Minister of Agriculture, Fisheries and Food', role: 'minister', organization: 'Agriculture, Fisheries and Food', country: 'Spain' }]],
  ['He met Peruvian Minister of Foreign Trade, Tourism and Industry Ana Ruiz.', ['Ana Ruiz'],
    [{ text: 'Peruvian Minister of Foreign Trade, Tourism and Industry', country: 'Peru' }]],
  ['Ana Ruiz, Spanish Minister of Agriculture, Fisheries and Food, said.', ['Ana Ruiz'], [{ text: 'Spanish Minister of Agriculture, Fisheries and Food' }]],
  ['Li Ming, minister of trade, industry and tourism, said.', ['Li Ming'], [{ text: 'minister of trade, industry and tourism' }]],
  // a lost apostrophe (`?` between a word and `s`) is a possessive
  ['It was signed by Mexico?s Undersecretary of Foreign Relations Alfonso Rios.', ['Alfonso Rios'],
    [{ text: 'Mexico?s Undersecretary of Foreign Relations', role: 'undersecretary', organization: 'Foreign Relations', country: 'Mexico' }]],
  ['Alfonso Rios, Mexico?s trade minister, said.', ['Alfonso Rios'], [{ text: 'Mexico?s trade minister', country: 'Mexico' }]],
  ['Did he say that?s fine? John Doe asked.', ['John Doe'], []],
  // a title with its complement set off before the name at the start of a sentence
  ["Brazil's ambassador to the WTO, Ana Ribeiro, called the ruling fair.", ['Ana Ribeiro'],
    [{ text: "Brazil's ambassador to the WTO", role: 'ambassador', organization: 'WTO', country: 'Brazil', rule: 'comma-pre-name-title' }]],
  ['Their deputy in the Bundestag, Jan Berg, said it showed nothing.', ['Jan Berg'],
    [{ text: 'deputy in the Bundestag', role: 'deputy', country: 'Germany', rule: 'comma-pre-name-title' }]],
  ['The head of the Spanish fishing confederation Cepesca, Juan Ortiz, said.', ['Juan Ortiz'],
    [{ text: 'head of the Spanish fishing confederation Cepesca', role: 'head', rule: 'comma-pre-name-title' }]],
  ['After talks with the president of France, John Doe said.', ['John Doe'], []],
  ['In the capital of France, John Doe said.', ['John Doe'], []],
  ['The minister said on Friday, John Doe reported.', ['John Doe'], []],
  // long titles before a name
  ['It was signed by Assistant Secretary of State for Inter-American Affairs Robert H. Lyle.', ['Robert H. Lyle'],
    [{ text: 'Assistant Secretary of State for Inter-American Affairs', organization: 'State for Inter-American Affairs' }]],
  ['He met Deputy Director-General for Asian and Pacific Affairs Robert Lyle.', ['Robert Lyle'],
    [{ text: 'Deputy Director-General for Asian and Pacific Affairs', role: 'deputy director-general' }]],
  ['"They may ask," presiding judge Hans Muller said.', ['Hans Muller'], [{ text: 'presiding judge', role: 'judge' }]],
  // positions held at an institution, offices chosen but not yet taken, offices stated by `leads`
  ['John Doe, a senior fellow at the Brookings Institution, said.', ['John Doe'], [{ text: 'senior fellow at the Brookings Institution', role: 'senior fellow' }]],
  ['John Doe, chief strategist at Acme Capital, said.', ['John Doe'], [{ text: 'chief strategist at Acme Capital', organization: 'Acme Capital' }]],
  ['John Doe, a partner at the law firm Acme LLP, said.', ['John Doe'], [{ text: 'partner at the law firm Acme LLP', role: 'partner' }]],
  ['Prime Minister-designate John Doe said.', ['John Doe'], [{ text: 'Prime Minister-designate', role: 'prime minister' }]],
  ['John Doe, who leads the opposition Labour Party, said.', ['John Doe'], [{ text: 'leads the opposition Labour Party', role: 'leader' }]],
  ['The head of the delegation praised the deal, John Doe, a member of the board, said.', ['John Doe'], [{ text: 'member of the board' }]],
  // an office word that modifies another office; bodies named with `of` before the office
  ['Chief Cabinet Secretary Yoshi Suga said.', ['Yoshi Suga'], [{ text: 'Chief Cabinet Secretary', role: 'secretary' }]],
  ['Bank of Japan Governor Haru Kuroda said.', ['Haru Kuroda'], [{ text: 'Bank of Japan Governor', role: 'governor', organization: 'Bank of Japan', country: 'Japan' }]],
  ['EU foreign policy chief John Doe said.', ['John Doe'], [{ text: 'EU foreign policy chief', role: 'chief' }]],
  ['Defense Ministry spokesman Maj. Gen. Igor Kon said.', ['Igor Kon'], [{ text: 'Defense Ministry spokesman' }, { text: 'Maj. Gen.' }]],
  ['John Doe, 52, who heads the Acme unit, said.', ['John Doe'], [{ text: 'heads the Acme unit', role: 'head' }]],
  ["John Doe, chargé d'affaires at the embassy, said.", ['John Doe'], [{ text: "chargé d'affaires at the embassy" }]],
  // not titles
  ['The photo was taken by Zhang Ling, a witness, on Friday.', ['Zhang Ling'], []],
  ['Wang Fang, a Chinese national, was detained.', ['Wang Fang'], []],
  ['Wang Fang, 23, said she saw it. (Xinhua/Zhang Ling)', ['Zhang Ling', 'Wang Fang'], []],
  ['Zhao, Choe and Park attended the banquet.', ['Zhao'], []],
  ['Zhao met Choe, who told him nothing.', ['Choe'], []],
  ['Mr. John Smith said.', ['John Smith'], []],
  ['It was a major John Doe exhibit.', ['John Doe'], []],
  ['It was led by Major John Doe.', ['John Doe'], [{ text: 'Major', role: 'major' }]],
];

describe('titles of people', () => {
  test.each(cases)('%s', (text, forms, expected) => {
    const [person] = findTitles(text, peopleFor(text, [forms]));
    expect(person.titles.map((t) => t.text)).toEqual(expected.map((e) => e.text));
    person.titles.forEach((t, i) => {
      expect(t).toMatchObject(expected[i]);
      expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    });
  });
});

// Several people in one sentence: [sentence, name forms of each person, expected title texts of each]
const scenes: Array<[string, string[][], string[][]]> = [
  // a caption position closes the person before it: the next title is the next person's
  ['Bolivian Trade Minister Ana Rojas (L) and Chilean Foreign Minister Pedro Soto shake hands.', [['Ana Rojas'], ['Pedro Soto']],
    [['Bolivian Trade Minister'], ['Chilean Foreign Minister']]],
  ["Frank Weber (l) and Norway's Energy Minister Kari Lund sign the deal. Photo: Jo Berg/dpa", [['Frank Weber'], ['Kari Lund']],
    [[], ["Norway's Energy Minister"]]],
  ['Trade Minister Shin Ho (R) and Uzbek Deputy Prime Minister Aziz Karimov pose for a photo.', [['Shin Ho'], ['Aziz Karimov']],
    [['Trade Minister'], ['Uzbek Deputy Prime Minister']]],
  // a name the entities stage missed inside an earlier title does not join it to the next one
  ['It was signed by Chinese Vice Minister of Railways Wang Dexu and Vietnamese Deputy Minister of Transport and Communications Tran Van An.',
    [['Tran Van An']], [['Vietnamese Deputy Minister of Transport and Communications']]],
  // a plural title is shared by the list of names it goes with
  ['He was accompanied by Pak Chol and Ri Song, vice department directors of the WPK Central Committee, and others.',
    [['Pak Chol'], ['Ri Song']],
    [['vice department directors of the WPK Central Committee'], ['vice department directors of the WPK Central Committee']]],
  ['Li Hua and Wang Bo, both members of the Political Bureau, attended.', [['Li Hua'], ['Wang Bo']],
    [['members of the Political Bureau'], ['members of the Political Bureau']]],
  ['Foreign Ministers Ana Rojas and Pedro Soto met in Lima.', [['Ana Rojas'], ['Pedro Soto']], [['Foreign Ministers'], ['Foreign Ministers']]],
  ['Zhao met Choe and Park, chairman of the Assembly.', [['Choe'], ['Park']], [[], ['chairman of the Assembly']]],
  ['President Li and Park met.', [['Li'], ['Park']], [['President'], []]],
  ['Li Ming, minister of public security, and Kazakh Prosecutor General Marat Seit met.', [['Li Ming'], ['Marat Seit']],
    [['minister of public security'], ['Kazakh Prosecutor General']]],
  ['The talks with Li Ming, officials said, went well.', [['Li Ming']], [[]]],
  // a plural title before a list of names, some of them missed by the entities stage
  ['A bench of Justices R K Das and Meera Rao heard the plea.', [['Meera Rao']], [['Justices']]],
  ['A bench of Justices R K Das and Meera Rao heard the plea.', [['R K Das'], ['Meera Rao']], [['Justices'], ['Justices']]],
  ['Senators John Doe, Jane Roe and Max Poe wrote.', [['John Doe'], ['Jane Roe'], ['Max Poe']], [['Senators'], ['Senators'], ['Senators']]],
  ['Senators John Doe, Jane Roe and Max Poe wrote.', [['Max Poe']], [['Senators']]],
  ['Foreign Minister Wang Dexu and Meera Rao met.', [['Meera Rao']], [[]]],
  ['Judges in Paris and Meera Rao met.', [['Meera Rao']], [[]]],
  ['Sens. John Doe and Jane Roe wrote.', [['John Doe'], ['Jane Roe']], [['Sens.'], ['Sens.']]],
  ['Sens. John Doe spoke.', [['John Doe']], [[]]],
  ['Senators John Doe (R-Texas) and Jane Roe (D-Calif.) wrote.', [['John Doe'], ['Jane Roe']], [['Senators'], ['Senators']]],
  // a name after a long title, next to another title
  ['The documents were signed by Assistant Secretary of State for Inter-American Affairs Robert H. Lyle and Mexico?s Undersecretary of Foreign Relations Alfonso Rios.',
    [['Robert H. Lyle'], ['Alfonso Rios']], [['Assistant Secretary of State for Inter-American Affairs'], ['Mexico?s Undersecretary of Foreign Relations']]],
  ['The documents were signed by Assistant Secretary of State for Inter-American Affairs Robert H. Lyle and Mexico?s Undersecretary of Foreign Relations Alfonso Rios.',
    [['Alfonso Rios']], [['Mexico?s Undersecretary of Foreign Relations']]],
  // a comma list before a name is no title list of its own
  ['Li Ming, chairman of the Assembly, Foreign Minister Ana Ruiz and Park met.', [['Li Ming'], ['Ana Ruiz'], ['Park']],
    [['chairman of the Assembly'], ['Foreign Minister'], []]],
];

describe('titles among several people', () => {
  test.each(scenes)('%s', (text, names, expected) => {
    const people = findTitles(text, peopleFor(text, names));
    expect(people.map((p) => p.titles.map((t) => t.text))).toEqual(expected);
    for (const p of people) for (const t of p.titles) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
  });
});

describe('one title per office', () => {
  test('an abbreviation and its office written out are the same office', () => {
    const text = 'PM Taro Yamada spoke. Japanese Prime Minister Taro Yamada said.';
    const [p] = findTitles(text, peopleFor(text, [['Taro Yamada']]));
    expect(p.titles.map((t) => t.text)).toEqual(['Japanese Prime Minister']);
  });
  test('a country as possessive or demonym is the same office', () => {
    const text = "Li Ming, China's vice minister of commerce, met. Later Li Ming, Chinese vice minister of commerce, said.";
    const [p] = findTitles(text, peopleFor(text, [['Li Ming']]));
    expect(p.titles.map((t) => t.text)).toEqual(["China's vice minister of commerce"]);
  });
  test('the same office in caption and body, with and without its acronym, is one title', () => {
    const text = 'Li Ming, a member of the Political Bureau of the Communist Party of China (CPC) Central Committee, met. '
      + 'Li, a member of the Political Bureau of the Communist Party of China Central Committee, said.';
    const [p] = findTitles(text, peopleFor(text, [['Li Ming', 'Li']]));
    expect(p.titles.map((t) => t.text)).toEqual(['member of the Political Bureau of the Communist Party of China (CPC) Central Committee']);
  });
  test('a bare pre-name title folds into the fuller wording of the same office', () => {
    const text = 'General Secretary of the CPC Central Committee Li Ming spoke. Under the guidance of General Secretary Li and WPK General Secretary Park, ties grew.';
    const people = findTitles(text, peopleFor(text, [['Li Ming', 'Li'], ['Park']]));
    expect(people[0].titles.map((t) => t.text)).toEqual(['General Secretary of the CPC Central Committee']);
    expect(people[1].titles.map((t) => t.text)).toEqual(['WPK General Secretary']);
  });
  test('different offices stay apart', () => {
    const text = 'Li Ming, a member of the Political Bureau and chairman of the Assembly, said. Li is the president of the Academy.';
    const [p] = findTitles(text, peopleFor(text, [['Li Ming', 'Li']]));
    expect(p.titles.map((t) => t.role)).toEqual(['member', 'chairman', 'president']);
  });
});

describe('linear time', () => {
  test('an appositive chain repeated thousands of times stays fast', () => {
    const one = 'Li Ming, a member of the Political Bureau of the Central Committee and chairman of the Standing Committee and '
      + 'director of the Office of the Council of State, said. ';
    const text = one.repeat(3000) + 'of the '.repeat(20000) + 'Gen. '.repeat(20000) + 'Li Ming';
    const t0 = Date.now();
    const [p] = findTitles(text, peopleFor(text, [['Li Ming']]));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(p.titles.slice(0, 3).map((t) => t.role)).toEqual(['member', 'chairman', 'director']);
  });
  test('long name lists, comma lists, honorific runs and verb phrases stay fast', () => {
    const text = 'Li Ming and '.repeat(5000) + 'Li Ming, vice directors of the Office, said. '
      + 'Li Ming, minister of trade' + ', trade'.repeat(20000) + ' and trade, said. '
      + 'Minister ' + 'Datuk Seri Dr '.repeat(10000) + 'Li Ming spoke. '
      + 'Li Ming, who chairs the ' + 'board of the '.repeat(10000) + 'Li Ming. '
      + 'Minister of ' + 'Trade, '.repeat(20000) + 'and Food Li Ming spoke. '
      + ('The head of ' + 'the board of '.repeat(30) + 'Acme, Li Ming, said. ').repeat(2000)
      + 'Justices ' + 'R K Das and '.repeat(10000) + 'Li Ming. ' + 'Mexico?s '.repeat(10000) + 'Li Ming.';
    const t0 = Date.now();
    findTitles(text, peopleFor(text, [['Li Ming']]));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
