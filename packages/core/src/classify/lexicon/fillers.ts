/**
 * Filler tokens: articles, possessives, "this", "now", "here", "please" and the like, which a
 * label may carry without changing what it asks for ("Add this to your cart", "Jetzt kaufen",
 * "Ajouter à mon panier"). They are dropped from labels and words alike, so they never decide a
 * match; a word that means something in one language is never a filler of another ("to", "no",
 * "in", "na", "del" (Danish and Norwegian "share") are not here).
 */
export const defaultFillers: { readonly [language: string]: readonly string[] } = {
  en: ['the', 'a', 'an', 'this', 'these', 'that', 'your', 'my', 'our', 'now', 'here', 'it', 'please', 'today'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'dein', 'deine', 'deinen', 'ihre', 'ihren', 'mein', 'meine', 'meinen', 'jetzt', 'hier', 'bitte', 'zum', 'zur'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'votre', 'vos', 'notre', 'nos', 'maintenant', 'ici', 'ce', 'cet', 'cette'],
  es: ['el', 'los', 'las', 'una', 'unos', 'unas', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'ahora', 'aquí', 'ya', 'al'],
  it: ['il', 'lo', 'gli', 'uno', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'della', 'dei', 'mio', 'mia', 'miei', 'tuo', 'tua', 'tuoi', 'ora', 'adesso', 'subito', 'qui'],
  pt: ['o', 'os', 'as', 'um', 'uma', 'ao', 'aos', 'do', 'da', 'dos', 'das', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'seus', 'suas', 'agora', 'aqui'],
  nl: ['het', 'een', 'je', 'jouw', 'uw', 'mijn', 'nu', 'hier', 'naar'],
  sv: ['en', 'ett', 'den', 'det', 'din', 'ditt', 'dina', 'min', 'mitt', 'mina', 'nu'],
  da: ['et', 'dit', 'dine', 'mit', 'mine', 'her'],
  nb: ['ei'],
  fi: ['nyt', 'tämä', 'sinun'],
  pl: ['teraz', 'twój', 'twoja', 'twoje', 'mój', 'moja', 'moje'],
  cs: ['nyní', 'teď', 'váš', 'vaše', 'tvůj', 'můj', 'moje'],
  sk: ['teraz', 'váš', 'vaše', 'môj'],
  tr: ['şimdi', 'bu', 'sizin'],
  ro: ['acum', 'aici', 'tău', 'tale', 'meu', 'mea', 'dvs'],
  hu: ['az', 'egy', 'most', 'itt'],
  hr: ['sada', 'sad', 'vaš', 'vaša', 'moj', 'moja', 'tvoj'],
  sl: ['zdaj', 'vaš', 'vašo', 'moj', 'moja'],
  bg: ['сега', 'тук', 'вашия', 'моя'],
  ru: ['сейчас', 'теперь', 'здесь', 'ваш', 'ваша', 'ваши', 'мой', 'моя'],
  uk: ['зараз', 'тут', 'ваш', 'ваша', 'мій', 'моя'],
  el: ['το', 'τα', 'τον', 'την', 'τη', 'οι', 'τώρα', 'σας', 'μου'],
  vi: ['ngay'],
  id: ['sekarang', 'ini', 'anda', 'saya', 'ke'],
  lt: ['dabar', 'jūsų', 'mano'],
  ko: ['지금'],
  ar: ['الآن'],
  he: ['עכשיו'],
};
