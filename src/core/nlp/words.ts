/**
 * Closed word classes for names, roles and attribution, in the languages Verbatim reads.
 */

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and honorifics stripped from the front of a name (they become its role). */
export const TITLES = set(`
  president vice prime minister ministers secretary sen senator rep representative gov governor mayor judge justice dr mr mrs ms
  miss mx prof professor gen general col colonel lt lieutenant capt captain sgt sergeant adm admiral cmdr commander rev
  reverend father pope king queen prince princess sheikh sir dame lord lady chancellor ambassador chief executive ceo cfo
  coo director chairman chairwoman chair commissioner attorney deputy foreign defense defence interior finance health
  former ex acting speaker leader coach detective officer inspector superintendent sheriff emir crown supreme ayatollah
  imam rabbi bishop archbishop cardinal madame monsieur mme mlle herr frau doña señor señora sr sra dott ing
  m mmes mag dipl member members spokesman spokeswoman spokesperson premier consul councillor councilman councilwoman alderman congressman congresswoman assemblyman assemblywoman
  state senior junior assistant associate principal provost pastor brother sister minister-president
  président présidente ministre premier-ministre député députée sénateur maire bundeskanzler kanzler kanzlerin
  präsident präsidentin ministerin presidente ministro ministra alcalde alcaldesa
  landrat landrätin bürgermeister bürgermeisterin oberbürgermeister staatsanwalt oberstaatsanwalt oberstaatsanwältin
  staatsanwältin richter richterin verteidiger verteidigerin anwalt anwältin sprecher sprecherin professorin geschäftsführer geschäftsführerin vorsitzende vorsitzender
  ingénieur ingénieure directeur directrice porte-parole avocat avocate procureur juge conseiller conseillère élu élue
  portavoz director directora doctor doctora secretario secretaria consejero consejera concejal concejala vecina vecino
  entrenador técnico técnica médico médica jugador jugadora capitán capitana portero delantero presidenta abogado abogada fiscal jueza diputado diputada senador senadora
`);

/** German compound role nouns: Umweltministerin, Pressesprecher, Wildbiologin. */
export const GERMAN_ROLE = /(?:minister|ministerin|sprecher|sprecherin|präsident|präsidentin|direktor|direktorin|leiter|leiterin|chef|chefin|forscher|forscherin|biologe|biologin|anwalt|anwältin|richter|richterin|rat|rätin|meister|meisterin|wissenschaftler|wissenschaftlerin|experte|expertin|vorsitzende|vorsitzender)$/;

/** Words that make a capitalised run an organisation, a place or a thing, not a person. */
export const ORG_WORDS = set(`
  university college school academy institute institution foundation museum library hall building tower towers stadium
  arena prize award awards act law agreement treaty doctrine plan fund trust group company co corp corporation inc ltd
  llc plc bank capital partners associates holdings brothers sons media news times post journal line press party
  movement front forces army navy force guard guards council committee commission ministry department agency office
  service services authority court church cathedral mosque temple island islands river lake mountain mount valley
  county city state province republic kingdom union association federation league club team fc cup games olympics
  festival day week theater theatre gallery studio studios records labs laboratory network channel tv radio hotel
  restaurant cafe road lane boulevard drive highway avenue street square bridge park center centre station memorial
  airport port harbor harbour place gardens palace castle house plaza mall market exchange index motors airlines
  airways systems technologies pharmaceuticals energy oil gas electric foods stores report review magazine gazette
  herald tribune daily weekly online society initiative project program programme summit conference forum convention
  declaration accord accords protocol resolution bill amendment code syndrome disease effect theorem hospital clinic
  prison jail base camp district region zone valley desert sea ocean gulf bay coast peninsula hills heights avenue
  ventures analytics consulting solutions software logistics insights briefing newsletter podcast
  café cafe bistro taqueria sierra río cerro playa isla bahía lac île vallée
  observatory telescope mission spacecraft satellite insider astronomy operation assembly parliament senate congress
  democrats republicans board garden lab elementary fairgrounds barn hardware rovers united wanderers athletic bakery ridge creek falls springs grove
  woods farm farms shop store diner pub grill kitchen brewery winery motel inn chapel
  ag gmbh sa nv bv spa kg oy ab asa sarl gruppe verlag zeitung université universität universidad école institut
  ministère ministerium ministerio partei parti partido consortium council alliance coalition bureau administration
  secretaría sindicato estadio deportivo atlético recreativo unión federación ayuntamiento gobierno hospital
  asociación fundación compañía empresa grupo banco tribunal juzgado policía guardia conseil assemblée tribunal
  mairie préfecture région département commune lycée collège hôpital clinique association fédération syndicat
  gericht landgericht amtsgericht vereinigung verband verein kreis landkreis stadt gemeinde regierung polizei
  kreistag landtag bundestag ministerium klinik krankenhaus stiftung gesellschaft gmbh bank zeitung
`);

/** Companies and brands named after people (a name on its own is not enough to tell them apart). */
export const PERSON_NAMED_ORGS = set(`
  morgan_stanley goldman_sachs merrill_lynch charles_schwab edward_jones raymond_james wells_fargo lehman_brothers
  johnson_&_johnson procter_&_gamble marks_&_spencer ernst_&_young dow_jones hewlett_packard walt_disney louis_vuitton
  christian_dior hugo_boss calvin_klein ralph_lauren tommy_hilfiger estée_lauder estee_lauder jones_lang_lasalle
  johns_hopkins mercedes_benz rolls_royce aston_martin harley_davidson bloomberg reuters
`);

/** Function words that are never part of a name, even capitalised in a headline. */
export const STOP = set(`
  the a an and or but of in on at to for from with by as into onto over under about after before since until during
  this that these those there here it its his her their our your my we they he she you i me him them us is are was were
  be been being has have had do does did will would can could should may might must not no yes if then than so when where
  while who whom whose which what why how all any each every some many most more much other another such only also just
  le la les un une des du de et ou en au aux dans pour par sur avec sans der die das ein eine und oder im am zum zur vom
  el los las y o del al con sin por para según
  ob als nach bei seit wenn aber sein seine ihr ihre unsere unser alle viele sie mein meine meinen meiner dein deine
  euer eure seinen seiner ihren ihrer mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs mi mis tu tus su
  sus nuestro nuestra
  depuis si selon pour mais car donc quand lorsque comme
  إن أن في من على إلى عن مع الذي التي الذين اللذين هذا هذه ذلك تلك أنه أنها بأن لأن قد لم لن ما لا وهو وهي هو هي كان
  كانت بعد قبل حتى منذ عند بين خلال حول ضد ثم أو إنه إنها أما وقد فقد كما بينما لكن لكنه يوم
`);

/** Name particles allowed inside (not at the edge of) a person's name. */
export const PARTICLES = set('al el bin ibn bint abu ap ab van von de da di du del della dos das ter ten zu');
/** Articles that continue a particle only: van der, von der, de la, de los, van den. */
export const PARTICLE_ARTICLES = set('der den la le las los');

/** Pronouns that can stand for a named speaker, with their gender. */
export const PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', she: 'f', il: 'm', elle: 'f', er: 'm', sie: 'f', él: 'm', ella: 'f' };

const REGULAR_SPEECH = `
  state note explain ask argue insist stress affirm warn declare announce claim acknowledge admit continue recall observe
  remark comment cite call describe dismiss tout urge praise predict suggest concede counter respond tweet post reiterate
  emphasize emphasise maintain contend allege assert confirm vow promise pledge boast complain lament joke shout yell
  scream whisper murmur mutter exclaim recount conclude agree point label brand term characterize characterise hail
  denounce condemn criticize criticise blast accuse deny reply add answer caution recommend demand plead beg cry sigh
  laugh testify report reveal disclose mention repeat question wonder believe estimate fear hope insist remind recall
  advise acknowledge reflect explain interject chime rule quote`;

function conjugate(base: string): string[] {
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

/** Verbs that introduce or attribute speech, every form, in English, French, German, Spanish and Arabic. */
export const SPEECH_VERBS = new Set([
  ...REGULAR_SPEECH.trim().split(/\s+/).flatMap(conjugate),
  ...set(`
    say says said saying tell tells told telling write writes wrote written writing think thinks thought feel feels felt
    quipped quips slammed slams slamming pleaded pled sighed spoke speaks
    dit dis disait déclaré déclare déclarait ajouté ajoute ajoutait affirmé affirme affirmait expliqué explique estimé
    estime souligné souligne assuré assure indiqué indique précisé précise confié confie raconté raconte lancé lance
    insisté insiste averti prévenu répondu répond écrit écrivait martelé martèle reconnu reconnaît dénoncé dénonce
    poursuivi poursuit rappelé rappelle jugé juge regretté regrette annoncé annonce lance lancé lancée confie confié
    confiée souffle soufflé résume résumé relate relaté conclu conclut évoque évoqué promet promis parle parlé défend
    défendu répète répété glisse glissé tranche tranché ironise ironisé admet admis avance avancé prévient interroge
    interrogé témoigne témoigné déplore déploré plaide plaidé reconnaissait
    sagte sagt sagten erklärte erklärt betonte betont meinte meint fügte schrieb schreibt kritisierte warnte warnt
    forderte fordert berichtete berichtet sprach spricht erzählte erzählt ergänzte ergänzt antwortete antwortet fragte
    fragt erwiderte erwidert verwies verweist nennt nannte kündigte kündigt räumte räumt teilte teilt bestätigte
    bestätigt zitiert heißt hieß klagt klagte mahnt mahnte
    dijo dice decía afirmó afirma explicó explica aseguró asegura señaló señala agregó agrega añadió añade indicó
    indica declaró declara comentó comenta manifestó sostuvo sostiene advirtió advierte subrayó subraya destacó destaca
    precisó insistió escribió escribe contó cuenta respondió responde denunció apuntó relató relata anunció anuncia
    pidió pide reconoció reconoce agradeció deseó lamentó lamenta criticó critica calificó recordó recuerda exclamó
    preguntó pregunta responde ríe resumió resume zanjó sentenció concluyó admitió expresó expresa opinó reiteró
    قال قالت وقال وقالت أضاف أضافت وأضاف وأضافت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأوضحت صرح صرحت وصرح ذكر ذكرت وذكر
    وذكرت تابع وتابع تابعت وتابعت يقول تقول ويقول وتقول يرى ترى ويرى وترى فيرى فترى رأى رأت اعتبر اعتبرت واعتبر واعتبرت
    أشار أشارت وأشار وأشارت لفت لفتت ولفت أفاد أفادت وأفاد نقل ونقل أعلن أعلنت وأعلن وأعلنت صرحت قالوا وقالوا يؤكد تؤكد
    ويؤكد وتؤكد يضيف تضيف ويضيف وتضيف تساءل تساءلت يتساءل تتساءل أجاب أجابت وأجاب وأجابت رد ردت علق علقت وعلق وعلقت
    ختم ختمت وختم وختمت حذر حذرت وحذر وحذرت روى روت وروى وروت
  `),
]);

/** Prepositions that name a source: according to X, selon X, laut X, según X, بحسب X. */
export const SOURCE_PREPOSITIONS = /(?:according to|in the words of|selon|d['’]après|laut|zufolge|según|de acuerdo con|بحسب|حسب|وفقا ل|وفقاً ل)\s*$/iu;

/** Adverbs and auxiliaries that may stand between a subject and its speech verb. */
export const SUBJECT_SKIP = set(`
  later also then previously repeatedly once again first further earlier recently quickly simply however meanwhile
  has have had was were is are will would could did does do reportedly publicly privately told then now ultimately
  already still even never often long most widely frequently openly sometimes always usually generally not just
`);

/** Nouns for a person that a text uses instead of the name: "the woman said", "relató la mujer". */
export const PERSON_NOUNS = set(`
  woman man mother father resident neighbour neighbor mujer hombre señora señor vecina vecino madre padre femme homme
  mère père habitante habitant voisine voisin frau mann mutter vater bewohnerin bewohner nachbarin nachbar
`);

/** Nouns for a group or body as a source: "officials said", "state media reported". */
export const GROUP_NOUNS = set(`
  officials official media police authorities government ministry spokesman spokeswoman spokesperson spokespeople
  statement report reports sources source critics analysts experts residents witnesses protesters activists
  organizers organisers lawyers prosecutors investigators observers diplomats leaders people army military agency
  company firm ministry department office kremlin white house palace campaign committee council court judges
  commission union group groups team board organization organisation administration survivors families victims
  supporters opponents doctors researchers scientists economists officers troops agency newspaper outlet outlets
  television tv broadcaster state press embassy minister ministers governments authorities
`);
