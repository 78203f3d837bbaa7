// Given names the generated list lacks, as general knowledge: English names that are also
// common words (`Frank`, `Jean`, `Bill`), and frequent names of wire copy's other languages.
// Lower case.
export const EXTRA_GIVEN_NAMES: readonly string[] = [
  // English names that are also words
  'frank', 'jean', 'pat', 'jack', 'ray', 'dean', 'gene', 'glen',   'bob', 'rob', 'don', 'ken', 'miles', 'neil', 'carol',   'bud', 'chuck', 'hank', 'jay', 'kit', 'lance', 'max', 'nick', 'pete',   'rusty', 'sandy', 'sid', 'ted', 'tom', 'wade', 'warren', 'wayne', 'wes', 'colin', 'ian', 'nigel', 'alan',
  // French, Dutch, German, Scandinavian
  'jean-pierre', 'jean-claude', 'jean-marie', 'jean-luc', 'jacques', 'pierre', 'alain', 'michel', 'philippe',
  'patrick', 'didier', 'thierry', 'laurent', 'lionel', 'dominique', 'yves', 'herve', 'gilles', 'marcel', 'andre',
  'hans', 'juergen', 'jurgen', 'klaus', 'helmut', 'gerhard', 'wolfgang', 'dieter', 'horst', 'uwe', 'joachim',
  'lothar', 'matthias', 'stefan', 'thomas', 'oliver', 'mehmet', 'andreas', 'markus',
  'ruud', 'johan', 'marco', 'dennis', 'patrick', 'frank', 'jaap', 'wim', 'henk', 'pieter', 'bjorn', 'magnus',
  'stefan', 'lars', 'nils', 'sven', 'henrik', 'jesper', 'mikael', 'jari', 'mika', 'petr', 'pavel', 'jiri',
  // Italian, Spanish, Portuguese
  'giovanni', 'giuseppe', 'gianluca', 'gianfranco', 'alessandro', 'roberto', 'paolo', 'fabrizio',
  'massimo', 'luigi', 'carlo', 'enrico', 'romano', 'silvio', 'umberto', 'jose', 'miguel', 'angel', 'javier',
  'carlos', 'juan', 'luis', 'manuel', 'pedro', 'fernando', 'rafael', 'alfonso', 'felipe', 'ernesto', 'joao',
  'rui', 'paulo', 'luiz', 'sergio', 'gabriel', 'diego', 'ronaldo',
  // Russian and east European
  'boris', 'viktor', 'yevgeny', 'sergei', 'vladimir', 'alexander', 'alexei', 'andrei', 'dmitry', 'nikolai',
  'mikhail', 'yuri', 'igor', 'oleg', 'anatoly', 'gennady', 'leonid', 'aslan', 'artur',
  'goran', 'slobodan', 'radovan', 'alija', 'franjo', 'momcilo', 'biljana', 'zoran', 'dragan', 'milan',
  // Arabic, Persian, Turkish, South Asian
  'bashar', 'nabil', 'saeb', 'yasser', 'hosni', 'saddam', 'tariq', 'tarek',
  'walid', 'khaled', 'khalid', 'hamid', 'hamad', 'faisal', 'fahd', 'salman', 'nawaf', 'saud', 'sultan', 'majid',
  'rashid', 'wasim', 'waqar', 'ijaz', 'mushtaq', 'inzamam', 'saeed', 'saleem', 'salim', 'javed', 'nawaz',
  'benazir', 'sachin', 'rahul', 'sourav', 'anil', 'arjuna', 'sanath', 'aravinda', 'gulbuddin',
  'ahmad', 'ahmed', 'mohammad', 'mohammed', 'mohamed', 'abdul', 'abdel', 'mahmoud', 'mustafa', 'ibrahim', 'yusuf',
  // Dutch, Scandinavian, Polish names that are also abbreviations: `Jan Hofmann`
  'jan',
  // Nepali and Indian
  'rabindra', 'ravindra', 'pushpa', 'kamal', 'sher', 'ram', 'krishna', 'bishnu', 'gyanendra', 'birendra',
  'mahendra', 'narendra', 'upendra', 'surendra', 'devendra', 'jitendra', 'rajendra', 'baburam', 'madhav',
  // African, East Asian
  'nelson', 'thabo', 'kofi', 'jiang', 'li', 'lee', 'kim', 'park',
];
