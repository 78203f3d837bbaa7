// Countries with the other names wire copy gives them and their demonyms (adjective and
// people nouns). General knowledge, data only. Format of each entry:
//   'Name|alias|alias;demonym|demonym'
// The first name is the normal one; aliases include acronyms (`DPRK`) and short forms.

const RAW = [
  'Afghanistan;Afghan|Afghans', 'Albania;Albanian|Albanians', 'Algeria;Algerian|Algerians', 'Angola;Angolan|Angolans',
  'Argentina;Argentine|Argentinian|Argentines|Argentinians', 'Armenia;Armenian|Armenians',
  'Australia;Australian|Australians|Aussie', 'Austria;Austrian|Austrians', 'Azerbaijan;Azerbaijani|Azeri|Azerbaijanis',
  'Bahrain;Bahraini|Bahrainis', 'Bangladesh;Bangladeshi|Bangladeshis', 'Belarus;Belarusian|Belarusians',
  'Belgium;Belgian|Belgians', 'Bolivia;Bolivian|Bolivians', 'Bosnia and Herzegovina|Bosnia;Bosnian|Bosnians',
  'Brazil;Brazilian|Brazilians', 'Brunei;Bruneian', 'Bulgaria;Bulgarian|Bulgarians', 'Cambodia;Cambodian|Cambodians',
  'Cameroon;Cameroonian|Cameroonians', 'Canada;Canadian|Canadians', 'Chile;Chilean|Chileans',
  "China|People's Republic of China|PRC|Mainland China;Chinese", 'Colombia;Colombian|Colombians',
  'Congo|Democratic Republic of the Congo|DR Congo|DRC;Congolese', 'Costa Rica;Costa Rican|Costa Ricans',
  'Croatia;Croatian|Croat|Croats|Croatians', 'Cuba;Cuban|Cubans', 'Cyprus;Cypriot|Cypriots',
  'Czech Republic|Czechia;Czech|Czechs', 'Denmark;Danish|Dane|Danes', 'Ecuador;Ecuadorian|Ecuadorians',
  'Egypt;Egyptian|Egyptians', 'El Salvador;Salvadoran|Salvadorans', 'Estonia;Estonian|Estonians',
  'Ethiopia;Ethiopian|Ethiopians', 'Finland;Finnish|Finn|Finns', 'France;French|Frenchman|Frenchmen',
  'Georgia;Georgian|Georgians', 'Germany;German|Germans', 'Ghana;Ghanaian|Ghanaians', 'Greece;Greek|Greeks',
  'Guatemala;Guatemalan|Guatemalans', 'Haiti;Haitian|Haitians', 'Honduras;Honduran|Hondurans',
  'Hungary;Hungarian|Hungarians', 'Iceland;Icelandic|Icelander|Icelanders', 'India;Indian|Indians',
  'Indonesia;Indonesian|Indonesians', 'Iran;Iranian|Iranians', 'Iraq;Iraqi|Iraqis', 'Ireland|Irish Republic;Irish',
  'Israel;Israeli|Israelis', 'Italy;Italian|Italians', 'Ivory Coast|Cote d\'Ivoire;Ivorian|Ivorians',
  'Jamaica;Jamaican|Jamaicans', 'Japan;Japanese', 'Jordan;Jordanian|Jordanians', 'Kazakhstan;Kazakh|Kazakhs',
  'Kenya;Kenyan|Kenyans', 'Kuwait;Kuwaiti|Kuwaitis', 'Kyrgyzstan;Kyrgyz', 'Laos;Lao|Laotian|Laotians',
  'Latvia;Latvian|Latvians', 'Lebanon;Lebanese', 'Libya;Libyan|Libyans', 'Lithuania;Lithuanian|Lithuanians',
  'Luxembourg;Luxembourgish', 'Malaysia;Malaysian|Malaysians', 'Mali;Malian|Malians', 'Malta;Maltese',
  'Mexico;Mexican|Mexicans', 'Moldova;Moldovan|Moldovans', 'Mongolia;Mongolian|Mongolians',
  'Montenegro;Montenegrin|Montenegrins', 'Morocco;Moroccan|Moroccans', 'Mozambique;Mozambican|Mozambicans',
  'Myanmar|Burma;Myanmarese|Burmese', 'Namibia;Namibian|Namibians', 'Nepal;Nepali|Nepalese',
  'Netherlands|Holland;Dutch|Dutchman', 'New Zealand|NZ;New Zealander|New Zealanders|Kiwi|Kiwis',
  'Nicaragua;Nicaraguan|Nicaraguans', 'Niger;Nigerien', 'Nigeria;Nigerian|Nigerians',
  "North Korea|Democratic People's Republic of Korea|Korea DPR|DPRK;North Korean|North Koreans",
  'North Macedonia|Macedonia;Macedonian|Macedonians', 'Norway;Norwegian|Norwegians', 'Oman;Omani|Omanis',
  'Pakistan;Pakistani|Pakistanis', 'Palestine;Palestinian|Palestinians', 'Panama;Panamanian|Panamanians',
  'Paraguay;Paraguayan|Paraguayans', 'Peru;Peruvian|Peruvians', 'Philippines;Philippine|Filipino|Filipinos',
  'Poland;Polish|Pole|Poles', 'Portugal;Portuguese', 'Qatar;Qatari|Qataris', 'Romania;Romanian|Romanians',
  'Russia|Russian Federation;Russian|Russians', 'Rwanda;Rwandan|Rwandans', 'Saudi Arabia;Saudi|Saudis',
  'Senegal;Senegalese', 'Serbia;Serbian|Serb|Serbs', 'Singapore;Singaporean|Singaporeans',
  'Slovakia;Slovak|Slovaks', 'Slovenia;Slovenian|Slovene|Slovenians', 'Somalia;Somali|Somalis',
  'South Africa;South African|South Africans', 'South Korea|Republic of Korea|Korea Republic|ROK;South Korean|South Koreans',
  'South Sudan;South Sudanese', 'Spain;Spanish|Spaniard|Spaniards', 'Sri Lanka;Sri Lankan|Sri Lankans',
  'Sudan;Sudanese', 'Sweden;Swedish|Swede|Swedes', 'Switzerland;Swiss', 'Syria;Syrian|Syrians',
  'Taiwan;Taiwanese', 'Tajikistan;Tajik|Tajiks', 'Tanzania;Tanzanian|Tanzanians', 'Thailand;Thai|Thais',
  'Tunisia;Tunisian|Tunisians', 'Turkey|Turkiye|Türkiye;Turkish|Turk|Turks', 'Turkmenistan;Turkmen',
  'Uganda;Ugandan|Ugandans', 'Ukraine;Ukrainian|Ukrainians', 'United Arab Emirates|UAE;Emirati|Emiratis',
  'United Kingdom|UK|U.K.|Britain|Great Britain|GB;British|Briton|Britons|Brit|Brits',
  'United States|United States of America|US|U.S.|USA|U.S.A.|America;American|Americans',
  'Uruguay;Uruguayan|Uruguayans', 'Uzbekistan;Uzbek|Uzbeks', 'Venezuela;Venezuelan|Venezuelans',
  'Vietnam|Viet Nam;Vietnamese', 'Yemen;Yemeni|Yemenis', 'Zambia;Zambian|Zambians', 'Zimbabwe;Zimbabwean|Zimbabweans',
  'England;English|Englishman', 'Scotland;Scottish|Scot|Scots', 'Wales;Welsh', 'Northern Ireland',
  'Vatican|Vatican City|Holy See', 'Kosovo;Kosovar|Kosovars', 'Cuba', 'Fiji;Fijian|Fijians', 'Papua New Guinea',
  'Tonga;Tongan', 'Samoa;Samoan', 'Botswana', 'Eritrea;Eritrean|Eritreans', 'Sierra Leone', 'Liberia;Liberian',
  'Guinea;Guinean', 'Burkina Faso', 'Chad;Chadian', 'Gabon;Gabonese', 'Madagascar;Malagasy', 'Mauritius;Mauritian',
  'Maldives;Maldivian', 'Bhutan;Bhutanese', 'East Timor|Timor-Leste;Timorese', 'Dominican Republic;Dominican',
  'Trinidad and Tobago', 'Bahamas', 'Barbados', 'Belize', 'Andorra', 'Monaco;Monegasque', 'Liechtenstein',
  'San Marino', 'Iceland', 'Greenland', 'Puerto Rico;Puerto Rican|Puerto Ricans',
];

export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
}

export const COUNTRIES: readonly CountryEntry[] = RAW.map((r) => {
  const [names, dems = ''] = r.split(';');
  const [name, ...aliases] = names.split('|');
  return { name, aliases, demonyms: dems ? dems.split('|') : [] };
});

/** Continents and world regions named like places. */
export const CONTINENTS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Antarctica', 'Oceania',
  'Australasia', 'Middle East', 'Far East', 'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia',
  'Asia-Pacific', 'Asia Pacific', 'Eurasia', 'Caribbean', 'Scandinavia', 'Balkans', 'Arctic', 'Antarctic',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'West Africa',
  'East Africa', 'North Africa', 'Southern Africa', 'Central America', 'Gulf', 'Persian Gulf', 'Sahel',
];

/** Demonyms of continents and regions: `European` -> Europe. */
export const REGION_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['African', 'Africa'], ['Asian', 'Asia'], ['European', 'Europe'], ['Europeans', 'Europe'], ['Arab', 'Arab world'],
  ['Latin American', 'Latin America'], ['Middle Eastern', 'Middle East'], ['Caribbean', 'Caribbean'],
  ['Scandinavian', 'Scandinavia'], ['Balkan', 'Balkans'], ['Korean', 'Korea'], ['Koreans', 'Korea'],
]);
