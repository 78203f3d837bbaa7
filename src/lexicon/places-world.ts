// More places, as general knowledge: cities, towns and regions that wire copy names often
// and the generated lists lack. Lower case; added to the gazetteer after the generated lists.
// Names that are also common given or family names are left out (`Nelson`, `Preston`).

export const WORLD_CITIES: readonly string[] = [
  // Mekong border towns and Thai provinces named in Lao and Thai copy
  'nong khai', 'udon thani', 'khon kaen', 'nakhon phanom', 'mukdahan', 'savannakhet', 'luang prabang', 'pakse',
  // Europe
  'bonn', 'bilbao', 'santander', 'la coruna', 'coruna', 'seville', 'sevilla', 'zaragoza', 'malaga', 'valladolid', 'oviedo',
  'gijon', 'vigo', 'tenerife', 'las palmas', 'palma', 'alicante', 'murcia', 'cadiz', 'sotogrande', 'marbella', 'estoril',
  'porto', 'braga', 'coimbra', 'faro', 'leverkusen', 'rostock', 'bremen', 'freiburg', 'gelsenkirchen', 'bochum',
  'karlsruhe', 'kaiserslautern', 'wolfsburg', 'moenchengladbach', 'bielefeld', 'duisburg', 'dresden', 'leipzig',
  'hanover', 'hannover', 'nuremberg', 'augsburg', 'mainz', 'wiesbaden', 'mannheim', 'heidelberg', 'sindelfingen',
  'ingolstadt', 'regensburg', 'muenster', 'aachen', 'kiel', 'luebeck', 'magdeburg', 'erfurt', 'jena', 'chemnitz',
  'eindhoven', 'breda', 'arnhem', 'enschede', 'kerkrade', 'heerenveen', 'groningen', 'utrecht', 'tilburg', 'nijmegen',
  'maastricht', 'alkmaar', 'zwolle', 'leeuwarden', 'udine', 'cagliari', 'parma', 'bergamo', 'brescia', 'perugia',
  'piacenza', 'vicenza', 'lecce', 'bari', 'salerno', 'reggio', 'cremona', 'empoli', 'pescara', 'verona', 'padua',
  'trieste', 'genoa', 'bologna', 'modena', 'ferrara', 'livorno', 'pisa', 'siena', 'ancona', 'messina', 'catania',
  'hove', 'chester-le-street', 'taunton', 'worcester', 'canterbury', 'chelmsford', 'southampton', 'portsmouth',
  'swansea', 'pontypridd', 'llanelli', 'newport', 'wrexham', 'aberdeen', 'dundee', 'inverness',
  'leicester', 'nottingham', 'coventry', 'wolverhampton', 'sunderland', 'middlesbrough', 'blackburn', 'bolton',
  'wigan', 'stoke', 'ipswich', 'norwich', 'oxford', 'cambridge', 'brighton', 'plymouth', 'exeter',
  'twickenham', 'wimbledon', 'headingley', 'edgbaston', 'trent bridge', 'old trafford',
  'glamorgan', 'somerset', 'sussex', 'essex', 'kent', 'surrey', 'durham', 'yorkshire', 'lancashire', 'hampshire',
  'gloucestershire', 'worcestershire', 'warwickshire', 'leicestershire', 'derbyshire', 'nottinghamshire',
  'northamptonshire', 'middlesex',
  'nantes', 'bordeaux', 'lille', 'rennes', 'montpellier', 'auxerre', 'monaco', 'strasbourg', 'toulouse',
  'grenoble', 'dijon', 'reims', 'le havre', 'rouen', 'caen', 'metz',
  'salzburg', 'graz', 'innsbruck', 'linz', 'basel', 'lausanne', 'lucerne', 'bruges', 'ghent', 'liege', 'charleroi',
  'gothenburg', 'malmo', 'uppsala', 'bergen', 'trondheim', 'stavanger', 'tampere', 'turku', 'odense',
  'gdansk', 'krakow', 'poznan', 'wroclaw', 'lodz', 'katowice', 'brno', 'ostrava', 'bratislava', 'kosice',
  'rijeka', 'sarajevo', 'mostar', 'tuzla', 'banja luka', 'srebrenica', 'gorazde', 'bihac',
  'pristina', 'skopje', 'podgorica', 'novi sad', 'timisoara', 'cluj', 'constanta', 'varna', 'plovdiv',
  'thessaloniki', 'patras', 'heraklion', 'limassol', 'larnaca', 'nicosia', 'izmir', 'antalya', 'bursa', 'adana',
  // former Soviet Union
  'grozny', 'novye atagi', 'argun', 'gudermes', 'shali', 'khasavyurt', 'makhachkala', 'nazran', 'vladikavkaz',
  'nalchik', 'pyatigorsk', 'krasnodar', 'rostov', 'volgograd', 'samara', 'kazan', 'ufa', 'perm', 'yekaterinburg',
  'chelyabinsk', 'omsk', 'novosibirsk', 'krasnoyarsk', 'irkutsk', 'khabarovsk', 'murmansk', 'arkhangelsk',
  'kaliningrad', 'sochi', 'yerevan', 'gyumri', 'stepanakert', 'baku', 'ganja', 'tbilisi', 'sukhumi', 'batumi',
  'chisinau', 'tiraspol', 'kharkiv', 'kharkov', 'odessa', 'dnipropetrovsk', 'donetsk', 'lviv', 'sevastopol',
  'simferopol', 'minsk', 'vilnius', 'riga', 'tallinn', 'dushanbe', 'bishkek', 'tashkent', 'samarkand',
  // Middle East, South and Central Asia
  'erez', 'gaza', 'khan younis', 'rafah', 'jenin', 'nablus', 'ramallah', 'hebron', 'bethlehem', 'jericho',
  'tulkarm', 'qalqilya', 'haifa', 'tel aviv', 'netanya', 'ashkelon', 'beersheba', 'eilat', 'nazareth',
  'sidon', 'nabatiyeh', 'baalbek', 'tripoli', 'homs', 'hama', 'latakia', 'basra', 'mosul', 'kirkuk',
  'erbil', 'arbil', 'sulaimaniya', 'najaf', 'karbala', 'tikrit', 'fallujah', 'isfahan', 'shiraz', 'tabriz',
  'mashhad', 'qom', 'jeddah', 'mecca', 'medina', 'dammam', 'dhahran', 'sanaa', 'aden', 'muscat', 'manama',
  'jalalabad', 'sarobi', 'kandahar', 'herat', 'mazar-i-sharif', 'kunduz', 'bagram', 'charikar', 'ghazni',
  'peshawar', 'quetta', 'rawalpindi', 'lahore', 'karachi', 'islamabad', 'multan', 'faisalabad', 'srinagar',
  'amritsar', 'chandigarh', 'lucknow', 'kanpur', 'patna', 'jaipur', 'bhopal', 'nagpur', 'pune', 'hyderabad',
  'colombo', 'jaffna', 'kandy', 'chittagong', 'kathmandu', 'thimphu',
  // Africa
  'bujumbura', 'cibitoke', 'bubanza', 'gitega', 'ngozi', 'kigali', 'goma', 'bukavu', 'uvira', 'kisangani',
  'lubumbashi', 'kinshasa', 'brazzaville', 'bangui', 'ndjamena', 'niamey', 'bamako', 'ouagadougou', 'conakry',
  'freetown', 'monrovia', 'abidjan', 'lome', 'cotonou', 'lagos', 'abuja', 'kano', 'port harcourt', 'douala',
  'yaounde', 'libreville', 'malabo', 'luanda', 'lusaka', 'harare', 'bulawayo', 'maputo', 'lilongwe', 'blantyre',
  'dar es salaam', 'dodoma', 'arusha', 'mombasa', 'kisumu', 'kampala', 'gulu', 'juba', 'khartoum', 'omdurman',
  'asmara', 'djibouti', 'mogadishu', 'kismayu', 'hargeisa', 'benghazi', 'tunis', 'sfax', 'oran', 'constantine',
  'casablanca', 'marrakesh', 'fez', 'tangier', 'durban', 'soweto', 'port elizabeth', 'bloemfontein',
  'windhoek', 'gaborone', 'maseru', 'mbabane', 'antananarivo',
  // Americas and Asia-Pacific
  'port of spain', 'kingston', 'bridgetown', 'havana', 'santo domingo', 'port-au-prince', 'san juan',
  'tegucigalpa', 'managua', 'san salvador', 'guatemala city', 'panama city', 'medellin', 'guayaquil',
  'quito', 'la paz', 'asuncion', 'montevideo', 'valparaiso', 'cordoba', 'recife',
  'porto alegre', 'belo horizonte', 'curitiba', 'manaus', 'monterrey', 'guadalajara', 'tijuana', 'ciudad juarez',
  'osaka', 'kobe', 'nagoya', 'yokohama', 'sapporo', 'fukuoka', 'hiroshima', 'okinawa', 'pusan', 'busan', 'inchon',
  'incheon', 'kwangju', 'gwangju', 'taegu', 'daegu', 'kaohsiung', 'taichung', 'shenzhen', 'guangzhou', 'wuhan',
  'chengdu', 'chongqing', 'tianjin', 'harbin', 'shenyang', 'dalian', 'xiamen', 'lhasa', 'urumqi', 'davao',
  'cebu', 'surabaya', 'medan', 'bandung', 'dili', 'penang', 'phnom penh', 'vientiane', 'mandalay', 'haiphong',
  'da nang', 'chiang mai', 'perth', 'adelaide', 'brisbane', 'hobart', 'canberra', 'christchurch',
];

/** Countries by their names of 1996 and islands and regions named alone. */
export const WORLD_REGIONS: readonly string[] = [
  // seas and straits named alone
  'kattegat', 'skagerrak', 'oresund', 'bosporus', 'bosphorus', 'dardanelles',
  'zaire', 'trinidad', 'tobago', 'chechnya', 'dagestan', 'ingushetia', 'abkhazia', 'nagorno-karabakh', 'kashmir',
  'punjab', 'sindh', 'balochistan', 'baluchistan', 'kurdistan', 'west bank', 'golan heights', 'sinai', 'galilee',
  'transvaal', 'kwazulu-natal', 'darfur', 'ogaden', 'cabinda', 'katanga', 'shaba', 'kivu', 'north kivu',
  'south kivu', 'republika srpska', 'krajina', 'slavonia', 'eastern slavonia', 'kosovo', 'vojvodina',
  'montenegro', 'transylvania', 'moldavia', 'bavaria', 'saxony', 'hesse', 'lower saxony', 'brandenburg',
  'catalonia', 'andalusia', 'galicia', 'basque country', 'lombardy', 'tuscany', 'sicily', 'sardinia', 'corsica',
  'brittany', 'normandy', 'flanders', 'wallonia', 'ulster', 'mindanao', 'luzon', 'sumatra', 'borneo',
  'irian jaya', 'aceh', 'east timor', 'tibet', 'xinjiang', 'inner mongolia', 'manchuria', 'siberia', 'kamchatka',
  'tasmania', 'queensland', 'new south wales', 'ontario', 'quebec', 'alberta', 'manitoba', 'saskatchewan',
  'gaza strip', 'persian gulf', 'middle east', 'far east', 'balkans', 'caucasus', 'north caucasus',
];
