/**
 * Word lists behind the name rules, built once on first use (lazily, so importing costs nothing).
 * The generated lists come from compromise's lexicon (see scripts/make-nlp-lexicon.ts); the hand
 * lists below are the closed classes a news text needs: titles, organisation words, speech verbs.
 */
import * as data from './lexicon-data';

export type Gender = 'm' | 'f' | null;

export interface Lexicon {
  firstNames: Map<string, Gender>;
  lastNames: Set<string>;
  places: Set<string>;
  demonyms: Set<string>;
  orgs: Set<string>;
  actors: Set<string>;
  common: Set<string>;
}

let cached: Lexicon | null = null;

const split = (s: string): string[] => (s ? s.split('|') : []);

export function lexicon(): Lexicon {
  if (cached) return cached;
  const firstNames = new Map<string, Gender>();
  for (const w of split(data.FIRST)) firstNames.set(w, null);
  for (const w of split(data.MALE)) firstNames.set(w, 'm');
  for (const w of split(data.FEMALE)) firstNames.set(w, 'f');
  for (const w of [...EXTRA_MALE, ...AMBIGUOUS_MALE, ...EUROPEAN_MALE]) firstNames.set(w, 'm');
  for (const w of [...EXTRA_FEMALE, ...AMBIGUOUS_FEMALE, ...EUROPEAN_FEMALE]) firstNames.set(w, 'f');
  const common = new Set(split(data.COMMON));
  for (const w of EXTRA_COMMON) common.add(w);
  const places = new Set(split(data.PLACE));
  for (const w of EXTRA_PLACES) places.add(w);
  cached = {
    firstNames,
    lastNames: new Set(split(data.LAST)),
    places,
    demonyms: new Set(split(data.DEMONYM)),
    orgs: new Set(split(data.ORG)),
    actors: new Set(split(data.ACTOR)),
    common,
  };
  return cached;
}

/**
 * Frequent first names that the generated list leaves out because they are also English words
 * (Frank, Grace) or are common in the other languages Verbatim reads.
 */
const AMBIGUOUS_MALE = ['frank', 'will', 'bill', 'ray', 'jack', 'rob', 'bob', 'pat', 'art', 'gene', 'earl', 'dean', 'drew', 'chase', 'grant', 'wade', 'lance', 'miles', 'glen', 'dale', 'cliff', 'buck', 'rusty', 'sandy'];
const AMBIGUOUS_FEMALE = ['grace', 'hope', 'joy', 'faith', 'june', 'april', 'dawn', 'amber', 'ruby', 'pearl', 'iris', 'lily', 'daisy', 'holly', 'ivy', 'olive', 'violet', 'rose', 'summer', 'autumn'];
const EUROPEAN_MALE = [
  'jürgen', 'jörg', 'klaus', 'uwe', 'dieter', 'wolfgang', 'günter', 'horst', 'helmut', 'hans', 'karl', 'heinz', 'werner',
  'gerhard', 'bernd', 'ralf', 'rainer', 'stefan', 'thorsten', 'torsten', 'matthias', 'andreas', 'markus', 'tobias', 'lukas',
  'florian', 'sebastian', 'hendrik', 'henrik', 'jan', 'jens', 'lars', 'sven', 'björn', 'sören', 'ole', 'nils', 'herbert',
  'franz', 'josef', 'sepp', 'alois', 'johann', 'georg', 'friedrich', 'wilhelm', 'ulrich', 'volker', 'detlef', 'holger',
  'jean', 'pierre', 'jacques', 'michel', 'philippe', 'françois', 'olivier', 'thierry', 'didier', 'laurent', 'nicolas',
  'mathieu', 'matthieu', 'guillaume', 'sébastien', 'jérôme', 'benoît', 'yves', 'hervé', 'gilles', 'arnaud', 'cédric',
  'rémi', 'rémy', 'loïc', 'yannick', 'gérard', 'bernard', 'alain', 'patrice', 'pascal', 'christophe', 'stéphane',
  'josé', 'jesús', 'javier', 'sergio', 'pablo', 'alejandro', 'fernando', 'rafael', 'ricardo', 'miguel', 'ángel', 'álvaro',
  'íñigo', 'iñaki', 'jordi', 'xavier', 'enrique', 'gonzalo', 'rodrigo', 'tomás', 'andrés', 'julio', 'rubén',
  'óscar', 'adrián', 'guillermo', 'alfonso', 'ignacio', 'joaquín', 'agustín', 'martín',
  'giuseppe', 'giovanni', 'luca', 'marco', 'matteo', 'alessandro', 'francesco', 'lorenzo', 'paolo', 'stefano',
  'joão', 'luís', 'gonçalo', 'rui', 'nuno', 'tiago',
];
const EUROPEAN_FEMALE = [
  'birgit', 'sabine', 'ute', 'petra', 'claudia', 'andrea', 'susanne', 'kerstin', 'katrin', 'kathrin', 'anja', 'silke',
  'heike', 'jana', 'julia', 'lena', 'lea', 'hannah', 'anke', 'gabi', 'gabriele', 'ursula', 'renate', 'monika', 'ingrid',
  'gudrun', 'helga', 'brigitte', 'elke', 'dagmar', 'christiane', 'theresa', 'verena', 'annalena', 'franziska',
  'marie', 'sophie', 'camille', 'chloé', 'léa', 'manon', 'céline', 'nathalie', 'isabelle', 'sylvie', 'hélène', 'valérie',
  'véronique', 'catherine', 'christine', 'sandrine', 'aurélie', 'élodie', 'delphine', 'agnès', 'mathilde',
  'carmen', 'pilar', 'dolores', 'lucía', 'paula', 'marta', 'cristina', 'elena', 'raquel', 'rocío',
  'adriana', 'ximena', 'valentina', 'camila', 'daniela', 'gabriela',
  'francesca', 'giulia', 'chiara', 'federica', 'alessandra', 'giovanna', 'conceição', 'joana', 'inês',
];
/** First names missing from the generated list that are frequent in international news. */
const EXTRA_MALE = [
  'vladimir', 'sergei', 'sergey', 'dmitry', 'dmitri', 'mikhail', 'nikolai', 'alexei', 'yevgeny',
  'volodymyr', 'petro', 'oleksandr', 'andriy', 'recep', 'mohammed', 'mohammad', 'muhammad', 'ahmed', 'ahmad', 'mahmoud',
  'ali', 'hassan', 'hussein', 'omar', 'khaled', 'khalid', 'ibrahim', 'youssef', 'yusuf', 'mustafa',
  'abdel', 'abdul', 'emmanuel', 'olaf', 'xi', 'narendra', 'benjamin', 'yair', 'naftali',
  'jair', 'luiz', 'andrés', 'jiang', 'wang', 'li', 'shinzo', 'fumio', 'moon', 'kim', 'jens', 'ursula', 'friedrich',
];
const EXTRA_FEMALE = ['fatima', 'aisha', 'layla', 'leila', 'mariam', 'maryam', 'nour', 'yulia', 'svetlana', 'olena', 'marine', 'ségolène', 'annalena'];

/** Capitalised sentence openers and headline words that are never names. */
const EXTRA_COMMON = [
  'critics', 'talks', 'economics', 'justice', 'optics', 'audio', 'video', 'loader', 'player', 'photo', 'update', 'updated',
  'advertisement', 'subscribe', 'share', 'read', 'listen', 'watch', 'related', 'more', 'previous', 'next', 'opinion',
  'analysis', 'breaking', 'exclusive', 'live', 'news', 'editor', 'editorial', 'home', 'world', 'politics', 'business',
  'sport', 'sports', 'culture', 'science', 'health', 'technology', 'tech', 'style', 'travel', 'weather', 'media', 'line',
];

const EXTRA_PLACES = ['kremlin', 'gaza', 'kyiv', 'kiev', 'donbas', 'crimea', 'brussels', 'westminster', 'whitehall', 'capitol', 'pentagon'];
