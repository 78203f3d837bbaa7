import { extractAgreements } from '../../src/extract/agreements/index.js';
import { keepsAndTogether } from '../../src/extract/agreements/topic-list.js';
import { handBuilt } from './story-context.js';

const DATELINE = { date: '2024-04-11', location: 'Pyongyang' };
const topicsOf = (text: string) => extractAgreements(handBuilt(text, { dateline: DATELINE })).filter((a) => a.topics.length).map((a) => a.topics.map((t) => t.text));

describe('agreement topics, one per subject, from every phrasing', () => {
  test.each([
    ['After the talks, the two witnessed the signing of cooperation documents in the fields including reciprocal exemption of diplomatic and service visas, mutual translation and publication of classical literatures, customs quarantine, radio and television, and postal delivery.',
      [['reciprocal exemption of diplomatic and service visas', 'mutual translation and publication of classical literatures', 'customs quarantine', 'radio and television', 'postal delivery']]],
    ['Russia and Uzbekistan have signed agreements on nuclear energy and cross-border transport, the minister told reporters.', [['nuclear energy', 'cross-border transport']]],
    ['China and Kazakhstan on Thursday signed an extradition treaty and a treaty on the transfer of sentenced persons, as the councilor visited.', [['extradition'], ['transfer of sentenced persons']]],
    ['The two ministers signed an agreement on the mutual protection of investments and the avoidance of double taxation.', [['mutual protection of investments', 'avoidance of double taxation']]],
    ['They witnessed the signing of an agreement to build a second road bridge across the Red River between Hekou and Lao Cai, and an agreement for the upgrading of the Hanoi-Lao Cai railway.',
      [['build a second road bridge across the Red River between Hekou and Lao Cai'], ['upgrading of the Hanoi-Lao Cai railway']]],
    ['An agreement covering cooperation in the field of public health between the governments of the DPRK and Laos was signed in Pyongyang on Wednesday.', [['cooperation in the field of public health']]],
    ['Seoul and Lima signed a free trade agreement on Monday.', [['free trade']]],
    ['The presidents signed an energy cooperation agreement on Monday, under which oil will flow.\n\nThe agreement also covers health care, including the training of doctors in Cuba, eye surgery for patients and the supply of generic medicines.',
      [['energy cooperation', 'health care', 'training of doctors in Cuba', 'eye surgery for patients', 'supply of generic medicines']]],
    ['The sides signed an agreement on the movement of traffic in transit, allowing trucks to carry goods to and from the ports of Chittagong and Mongla.', [['movement of traffic in transit']]],
    ['The company also signed a legal stability agreement with the government, guaranteeing that tax rules will not change for 15 years.', [['legal stability']]],
    ['The two countries signed memoranda of understanding on halal industry development, border security as well as rail connectivity.', [['halal industry development', 'border security', 'rail connectivity']]],
    ['The firms inked a deal on agriculture, tourism and oil and gas.', [['agriculture', 'tourism', 'oil and gas']]],
    ['They signed agreements on cooperation in trade, agriculture and tourism.', [['trade', 'agriculture', 'tourism']]],
    ['Ministers signed an MoU on economic and technical cooperation.', [['economic and technical cooperation']]],
    ['The two countries signed a set of agreements on Thursday to cooperate in rare metal supply chains, health care and the digitalization of customs procedures, the ministry said.',
      [['rare metal supply chains', 'health care', 'digitalization of customs procedures']]],
    ['Both ministers signed a joint declaration on a hydrogen pipeline across the North Sea and on carbon capture and storage, in a further step.', [['hydrogen pipeline across the North Sea', 'carbon capture and storage']]],
    ['The firm has signed an exclusive license agreement with Kyowa Seiyaku Co., Ltd. for the development and commercialization of NB-214, its oral treatment, in Japan.',
      [['exclusive license', 'development and commercialization of NB-214']]],
    ['Both signed an agreement to clean up the lake.\n\nThe accord, signed in La Paz by the two ministers, provides for the construction of treatment plants, joint monitoring of water quality and the management of fish stocks.',
      [['clean up the lake', 'construction of treatment plants', 'joint monitoring of water quality', 'management of fish stocks']]],
    ['The two firms signed an agreement Thursday to jointly build 20 stations in Aichi Prefecture by fiscal 2025 and to cooperate on fuel-cell buses, the companies said.',
      [['jointly build 20 stations in Aichi Prefecture by fiscal 2025', 'cooperate on fuel-cell buses']]],
    ['The sides signed a protocol on the inspection and quarantine of imported and exported goods, officials said.', [['inspection and quarantine of imported and exported goods']]],
    ['They signed a protocol on the joint control of livestock and plant health at the border.', [['joint control of livestock and plant health']]],
    ['Malaysia and Indonesia today inked a memorandum of understanding (MoU) on the harmonisation of certification schemes and joint action against the deforestation regulation.',
      [['harmonisation of certification schemes', 'joint action against the deforestation regulation']]],
    ['The two sides signed a number of cooperation agreements covering areas such as trade, investment, agriculture and people-to-people exchanges.', [['trade', 'investment', 'agriculture', 'people-to-people exchanges']]],
    ['China and Brazil signed 15 cooperation documents on trade, agriculture, energy and science and technology.', [['trade', 'agriculture', 'energy', 'science and technology']]],
    ['Iran and world powers reached a nuclear deal in Vienna on Tuesday.', [['nuclear']]],
    ['The airline signed a $10 billion deal to buy 100 aircraft.', [['buy 100 aircraft']]],
    ['They signed a memorandum of understanding on strengthening cooperation in the fields of energy and mining.', [['energy', 'mining']]],
    ['Indonesia signed a deal with China to build a high-speed railway.', [['build a high-speed railway']]],
    ['The countries signed agreements on avoiding double taxation and preventing tax evasion.', [['avoiding double taxation', 'preventing tax evasion']]],
    ['The two countries signed five agreements, including on trade and investment.', [['trade', 'investment']]],
    ['The firms agreed a deal to merge their units.', [['merge their units']]],
    ['They signed a 10-year gas supply contract.', [['gas supply']]],
    ['The two sides signed 12 cooperation agreements after the talks, covering trade, energy and education.', [['trade', 'energy', 'education']]],
    ['Israel and the UAE signed a deal establishing diplomatic relations.', [['establishing diplomatic relations']]],
    ['The rivals signed a peace deal aimed at ending the war, officials said.', [['peace', 'ending the war']]],
    ['They signed an agreement on trade, as well as a protocol on health.', [['trade'], ['health']]],
    ['The agreements signed on Monday cover trade, energy and education.', [['trade', 'energy', 'education']]],
    ['Pakistan and China signed agreements on CPEC projects and energy.', [['CPEC projects', 'energy']]],
    ['Laos signed a memorandum of understanding with Vietnam on cooperation in the field of tourism.', [['cooperation in the field of tourism']]],
    ['The two sides signed cooperation documents on economy and trade, science and technology, and culture.', [['economy and trade', 'science and technology', 'culture']]],
    ['They signed cooperation agreements in such fields as agriculture, health and education.', [['agriculture', 'health', 'education']]],
    ['Officials signed an agreement on cooperation in the field of public health between the governments of the two countries.', [['cooperation in the field of public health']]],
    ['Firms signed agreements with Hanbit Energy on Tuesday on the long-term supply of lithium and the joint construction of a cathode plant in the region of Antofagasta, the companies said.',
      [['long-term supply of lithium', 'joint construction of a cathode plant in the region of Antofagasta']]],
  ])('%s', (text, want) => expect(topicsOf(text)).toEqual(want));
});

describe('agreement contents stated after the subject, the kind as topic, wrapped lines (issue 4)', () => {
  test.each([
    // `that covers` / `which provides for` / `setting out` after the first subject
    ['The two ministers signed a memorandum on flood control that covers river dredging, early warning systems and the relocation of villages.',
      [['flood control', 'river dredging', 'early warning systems', 'relocation of villages']]],
    ['Both sides signed an accord on fishing which provides for joint patrols and the exchange of catch data, officials said.',
      [['fishing', 'joint patrols', 'exchange of catch data']]],
    ['The unions signed a deal with the employers setting out pay rises and shorter shifts.', [['pay rises', 'shorter shifts']]],
    // `committing X to`, `commits X to ... and to ...`
    ['The two states signed a pact to protect the wetlands, committing both ministries to annual bird counts, a ban on drainage and shared patrols.',
      [['protect the wetlands', 'annual bird counts', 'ban on drainage', 'shared patrols']]],
    ['The ministers signed a memorandum on rail research.\n\nThe memorandum commits the national rail institute and the state university to joint testing of brakes and to the exchange of engineers, the minister said.',
      [['rail research', 'joint testing of brakes', 'exchange of engineers']]],
    // `under which X will ... and Y will ...`: one subject per clause, also across line breaks
    ['Portugal and Chile signed a three-year trade agreement under which Portugal will buy Chilean copper and\nfruit and Chile will import Portuguese machinery, officials said.',
      [['trade', 'Portugal will buy Chilean copper and\nfruit', 'Chile will import Portuguese machinery']]],
    // `three agreements, on A, on B, and on C`
    ['The two countries signed three agreements, on a power line from Tirana to the border, on travel between the two countries with identity cards, and on customs cooperation.',
      [['power line from Tirana to the border', 'travel between the two countries with identity cards', 'customs cooperation']]],
    // the kind names a subject; a duration or a form word does not
    ['The federation signed a four-year sponsorship agreement with a bank covering youth football and women\'s football.', [['sponsorship', 'youth football', 'women\'s football']]],
    ['The two sides signed a landmark framework agreement.', []],
    ['The label signed a licence deal with the band.', [['licence']]],
    ['The ministers signed a historic bilateral accord covering energy.', [['energy']]],
    // a noun's own `on` names the subject: the kind before it only classifies it
    ['The two firms signed a pipeline agreement on gas transit fees.', [['gas transit fees']]],
    ['They signed a travel agreement.', [['travel']]],
    // press-release licences
    ['The company has entered into an exclusive license agreement with a university granting the company the rights to develop, make and sell a family of enzyme blockers.',
      [['exclusive license', 'rights to develop, make and sell a family of enzyme blockers']]],
    ['The company has entered into a license agreement with a hospital for the development of a skin test.', [['license', 'development of a skin test']]],
    ['The company entered into a licence agreement with a start-up to develop and commercialise a flu vaccine.', [['licence', 'develop and commercialise a flu vaccine']]],
    // the last item of a hard-wrapped list, and coordinated nouns sharing one verb
    ['Spain and Chile signed here today an agreement on the\nsupply of copper, a protocol on\nexpanding port services through the Valparaiso container\nterminal and a memorandum on the training of mining\nengineers.',
      [['supply of copper'], ['expanding port services through the Valparaiso container\nterminal'], ['training of mining\nengineers']]],
    ['Officials signed a memorandum on cooperation in the fields of health and sports between the two governments.', [['cooperation in the fields of health and sports']]],
    ['Also signed there was a plan for the exchange of artists.', [['exchange of artists']]],
    ['They signed an agreement on the sidelines of the summit.', []],
    ['Both signed a defence accord.\n\nThe accord envisages joint production of drones and the training of pilots.', [['defence', 'joint production of drones', 'training of pilots']]],
    ['They signed a water treaty.\n\nThe treaty stipulates that the upstream state will release water in summer and the downstream state will pay for dams.',
      [['water', 'upstream state will release water in summer', 'downstream state will pay for dams']]],
  ])('%s', (text, want) => expect(topicsOf(text)).toEqual(want));

  test('topic texts equal their slices across line breaks', () => {
    const text = 'Peru and Chile signed an agreement on the joint\nmanagement of fish stocks and the exchange of\nresearchers.';
    const got = extractAgreements(handBuilt(text, { dateline: DATELINE }));
    for (const t of got.flatMap((a) => a.topics)) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    expect(got[0].topics.map((t) => t.text)).toEqual(['joint\nmanagement of fish stocks', 'exchange of\nresearchers']);
  });
});

describe('background agreements reported as signed give no topics', () => {
  test.each([
    ['A preferential trade agreement signed in February 2020 is expected to enter into force this year.', '2021-03-12'],
    ['The 2015 accord on fishing was signed by both.', '2021-03-12'],
    ['Exports rose under an earlier deal on rice signed by the two states.', '2021-03-12'],
    ['The two sides reviewed the border agreement signed in 1994.', null],
    ['Both sides had signed the previous treaty on water.', '2021-03-12'],
  ])('%s', (text, date) => {
    const got = extractAgreements(handBuilt(text, { dateline: { date, location: 'Lima' } }));
    expect(got.filter((a) => a.topics.length)).toEqual([]);
  });

  test('a signing with no story date is not history when dated by its day or a future year', () => {
    const got = extractAgreements(handBuilt('Two firms signed an agreement on Thursday on deliveries of gas starting in 1993.', { dateline: { date: null, location: 'Oslo' } }));
    expect(got.map((a) => a.topics.map((t) => t.text))).toEqual([['deliveries of gas']]);
  });
});

describe('agreement topics round 3: names inside a subject, reporting tails, form words (issue 4)', () => {
  test.each([
    // a name before a common noun is part of the subject, not a place that ends it
    ['The two firms signed deals on gas drilling in the Caspian shelf and a joint smelter in southern Chile.',
      [['gas drilling in the Caspian shelf', 'joint smelter in southern Chile']]],
    ['The institutes signed an agreement on research on Baltic fish stocks, the ministry said.', [['research on Baltic fish stocks']]],
    // ... but a name followed by a function word is a place: it ends the list
    ['They signed an agreement on fisheries in Hanoi on Monday.', [['fisheries']]],
    // `at the X crossing` and a bracketed acronym stay in a purpose
    ['The ministers signed an accord to open a border post at the Vila Nova bridge.', [['open a border post at the Vila Nova bridge']]],
    ['The firms signed a deal to build a liquefied natural gas (LNG) terminal.', [['build a liquefied natural gas (LNG) terminal']]],
    // a reporting tail with a capitalised subject ends the list
    ['Both sides signed a memorandum on the supply of grain and the training of pilots at Polish academies, a Reuters correspondent reported.',
      [['supply of grain', 'training of pilots at Polish academies']]],
    ['Both sides signed a protocol on the dredging of the Volta river, Ghanaian state radio said.', [['dredging of the Volta river']]],
    // a second verb after `and` is a second purpose; a lone verb shares the object
    ['The firms signed a deal to supply iron ore and build a steel mill in the north, officials said.', [['supply iron ore', 'build a steel mill in the north']]],
    ['The states signed an accord that will let farmers graze cattle across the border and set up a joint veterinary post.',
      [['let farmers graze cattle across the border', 'set up a joint veterinary post']]],
    ['The firms signed a deal to develop and build a wind farm.', [['develop and build a wind farm']]],
    // a form word is no subject
    ['The miners signed a conditional agreement on Tuesday on copper supply.', [['copper supply']]],
    ['The utilities signed a non-binding deal on grid links.', [['grid links']]],
  ])('%s', (text, want) => expect(topicsOf(text)).toEqual(want));
});

describe('agreements not signed in the story give no topics', () => {
  test.each([
    ['Jiang said the two countries signed a land border treaty in 1999 and an agreement on the demarcation of the Beibu Gulf in 2000.'],
    ['The two sides also discussed a draft agreement on combating cybercrime, which they hope to conclude next year.'],
    ['The two sides agreed to start negotiations on an agreement on mutual visa exemption for holders of ordinary passports.'],
    ['Lavrov said Moscow was discussing with Tashkent a possible agreement on labor migration.'],
    ['The two leaders will sign an agreement on trade next week.'],
    ['Cairo held talks on a cable, but no agreement has been reached.'],
    ['Venezuela supplies oil under the 1980 San Jose Accord.'],
    ['It was a great deal of work, and he had to deal with it.'],
    ['The leaders are expected to sign an agreement on trade.'],
    ['The senator, who signed the budget bill, criticized the nuclear deal.'],
  ])('%s', (text) => expect(topicsOf(text)).toEqual([]));
});

describe('keepsAndTogether', () => {
  test.each([
    ['diplomatic', 'service visas', true],
    ['radio', 'television', true],
    ['mutual translation', 'publication of classical literatures', true],
    ['build a bridge between Hekou', 'Lao Cai', true],
    ['nuclear energy', 'cross-border transport', false],
    ['the mutual protection of investments', 'the avoidance of double taxation', false],
    ['trade', 'investment', false],
  ])('%s | %s', (l, r, want) => expect(keepsAndTogether(l, r)).toBe(want));
});
