import type { ClutterRule } from './types';

/** Audio (text-to-speech) and video players embedded in stories, with their loaders and credits. */
export const playerRules: ClutterRule[] = [
  {
    kind: 'player',
    name: 'player.audio-widget',
    selectors: ['[id^="trinity-audio"]', '.trinity-tts-pb', '.trinityAudioPlaceholder', '.trinity-player', '[data-beyondwords-player]', '#beyondwords-player', '.beyondwords-player', 'instaread-player', '.instaread-player', '.speechkit-wrapper', '.ad-auris-player', '.playht-iframe-player'],
    tokens: /^(audio[-_]?(player|embed|widget|loader|article|reader)s?|tts[-_]?(player|widget|audio)|text[-_]to[-_]speech|listen[-_]?(button|bar|widget|player|article)|trinity[-_]?audio|beyondwords|instaread|speechkit|ad[-_]auris)([-_].*)?$/i,
  },
  {
    kind: 'player',
    name: 'player.video-widget',
    selectors: ['.jwplayer', '[id^="jwplayer"]', '.jw-player', '.video-js', 'video-js', '[data-video-id][data-account]', '.brightcove-player', '[id^="primis"]', '.primis-player', '.cnx-main-container', '.anyclip-widget', '.exco-player', '.vdb_player', 'amp-video-iframe', 'amp-jwplayer', 'amp-brightcove'],
    tokens: /^((video|media)[-_]?(player|loader|widget|embed)s?|jw[-_]?(player|wrapper|video)|jwplayer|vjs|bc[-_]player|brightcove|connatix|cnx|anyclip|primis|exco)([-_].*)?$/i,
  },
  { kind: 'player', name: 'player.pre-player-loader', text: /^(.{0,40}\s)?pre-?player loader\b.{0,20}$/i, max: 80 },
  {
    kind: 'player',
    name: 'player.audio-credit',
    text: /^(audio|voice|voiced|narration|narrated|read aloud|audio version|audio player)( generated| provided| produced)? (by|from|powered by) \S.{0,40}$/iu,
  },
  {
    kind: 'player',
    name: 'player.listen',
    text: /^(listen( now| to (this|the) (article|story|post|episode))?|listen to [\p{L}\s]{0,20}audio|hear (this|the) (article|story)|écouter( (cet |l')article| la version audio)?|artikel (anhören|vorlesen( lassen)?)|anhören|vorlesen|escuchar( (este|el) artículo| la noticia| la nota)?|escucha (este|el) artículo|استمع( (إلى|الى) (المقال|هذا المقال|الخبر))?)\s*[:·•|–-]?\s*(\d{1,2}:\d{2}|\d{1,3}\s?(min|mins|minutes|minuten|minutos|دقائق|دقيقة)\.?)?$/iu,
  },
  {
    kind: 'player',
    name: 'player.synthetic-voice',
    // Notes that the audio version is machine-read, in our languages.
    text: /^.{0,80}\b(synthetic voice|ai[- ]generated (voice|audio)|computer[- ]generated voice|text[- ]to[- ]speech|voix de synthèse|voix artificielle|synthetische stimme|künstliche stimme|ki-stimme|voz sintética|voz artificial|صوت اصطناعي)\b.{0,80}$|^(lecture|version) audio (générée|produite|proposée) par .{1,40}$|^(audio|vorgelesen|gelesen) (erzeugt |generiert )?(von|mit) .{1,40}$|^audio generado (por|con) .{1,40}$/iu,
    max: 160,
  },
  { kind: 'player', name: 'player.powered-by', text: /^powered by \S.{0,40}$/i },
  {
    kind: 'player',
    name: 'player.loading',
    text: /^(loading( (the )?(video|audio|player|media|content))?|(video|player|audio) (is )?loading|chargement( de la vidéo| du lecteur)?( en cours)?|(video |player )?wird geladen|lädt|cargando( (el )?(vídeo|video|reproductor))?|جار[ٍي]? التحميل|جاري تحميل الفيديو)\s*(…|\.\.\.|\.)?$/iu,
  },
  {
    kind: 'player',
    name: 'player.controls',
    text: /^((play|pause|mute|unmute|replay|fullscreen|skip ad|now playing|up next|close player|watch now|play video|play audio|lecture|wiedergabe|reproducir)\s*)+$/i,
  },
  { kind: 'player', name: 'player.timecode', text: /^\d{1,2}:\d{2}(:\d{2})?(\s*\/\s*\d{1,2}:\d{2}(:\d{2})?)?$/ },
];
