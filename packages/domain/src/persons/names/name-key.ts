/**
 * A matching form of a person's name, so that "Aigul" typed by one social worker finds "Айгүл" registered by
 * another. Cyrillic is first written in the common Russian-style Latin (ж → zh, х → kh, я → ya), then every
 * input, whichever script it came in, goes through the same Latin rules that fold variant spellings together.
 * Folding the Cyrillic through the Latin rules, instead of keeping two rule sets, is what keeps a Cyrillic
 * name and its Latin spellings on the same key.
 *
 * The key is for matching only: it merges letters a person would not merge (ы and и, ш after с and х), and
 * it is never shown.
 */

// Kyrgyz and Kazakh letters are written as their usual Latin transcriptions, so that the Latin rules below
// meet the same letters whether the name was typed "Қайрат" or "Qairat".
const cyrillicToLatin: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'ä',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'ö',
  ұ: 'u',
  ү: 'ü',
  һ: 'h',
  і: 'i',
};

// Latin letters of the Kazakh and Turkic alphabets whose diacritic carries a digraph's sound: stripping the
// mark alone would turn ş into s instead of sh.
const turkicLatin: Readonly<Record<string, string>> = { ş: 'sh', ç: 'ch', ğ: 'gh', ñ: 'ng', ı: 'y' };

// Applied in order to each word; later rules rely on earlier ones (the й reading of j must be settled before
// zh and dzh become j).
const spellingFolds: readonly (readonly [RegExp, string])[] = [
  // German-style ü, ö written out: Aiguel, Moengkoe.
  [/ue/g, 'u'],
  [/oe/g, 'o'],
  // j after a vowel and not before one is й (Ajgul, Sergej); elsewhere j is ж (Jyldyz, Janybek).
  [/(?<=[aeiouy])j(?![aeiouy])/g, 'i'],
  [/shch|sch/g, 'sh'],
  [/dzh|zh|dj/g, 'j'],
  [/kh|x/g, 'h'],
  [/gh/g, 'g'],
  [/q/g, 'k'],
  [/c(?!h)/g, 'k'],
  [/ng/g, 'n'],
  // ё is folded into е: Алёна and Алена are the same name written with and without the dots.
  [/yo/g, 'e'],
  [/ye/g, 'e'],
  // What is left of y is ы, й or the glide of я and ю; all of them are written i by someone.
  [/y/g, 'i'],
  // Double letters are spelled single as often as double (Алла / Ала, Ibrahimm); and the i of я after и
  // (Мария → mariia) must fall together with Maria.
  [/(.)\1+/g, '$1'],
];

export function nameKey(text: string): string {
  const latin = Array.from(text.normalize('NFC').toLowerCase(), (letter) => cyrillicToLatin[letter] ?? letter)
    .map((letter) => turkicLatin[letter] ?? letter)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Apostrophes join a word (O'zbek, Ol'ga); every other sign separates words (Абдыкадыр-уулу).
    .replace(/['‘’ʼʻ`]/g, '')
    .replace(/[^a-z]+/g, ' ');
  return latin
    .split(' ')
    .filter((word) => word !== '')
    .map((word) =>
      spellingFolds.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), word),
    )
    .join(' ');
}
