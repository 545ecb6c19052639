/**
 * Search terms for PostgreSQL full-text search with the `simple` configuration, which does not stem. Kyrgyz
 * and Kazakh add suffixes (жөлөкпул → жөлөкпулга, зейнетақы → зейнетақыны) and Russian changes endings
 * (пенсия → пенсии): a long word is searched by its first letters as a prefix (`пенси:*`), which finds
 * its forms. Short function words of the four languages are dropped so they do not match every article.
 */
const stopWords = new Set([
  // ru
  'как',
  'что',
  'где',
  'когда',
  'мне',
  'меня',
  'мой',
  'моя',
  'мои',
  'моего',
  'моей',
  'для',
  'или',
  'это',
  'если',
  'нужно',
  'можно',
  'есть',
  'нет',
  'так',
  'его',
  'она',
  'они',
  'при',
  'без',
  'над',
  'под',
  'про',
  'какие',
  'какой',
  'какая',
  'ли',
  'же',
  'уже',
  'еще',
  'ещё',
  'чтобы',
  'надо',
  'может',
  'будет',
  'все',
  'всё',
  // ky
  'менин',
  'мага',
  'кантип',
  'эмне',
  'кайда',
  'качан',
  'жана',
  'же',
  'бул',
  'ушул',
  'үчүн',
  'барбы',
  'керек',
  'болот',
  'кандай',
  'анын',
  'мен',
  'биз',
  'сиз',
  'алар',
  'деп',
  'дагы',
  // kk
  'менің',
  'маған',
  'қалай',
  'не',
  'қайда',
  'қашан',
  'және',
  'немесе',
  'бұл',
  'осы',
  'үшін',
  'бар',
  'ма',
  'ме',
  'бола',
  'қандай',
  'оның',
  'біз',
  'сіз',
  'олар',
  'деп',
  'тағы',
  'керек',
  // en
  'the',
  'and',
  'for',
  'how',
  'what',
  'where',
  'when',
  'can',
  'get',
  'does',
  'with',
  'are',
  'you',
  'my',
  'is',
]);

const prefixLength = 5;

export function knowledgeSearchTerms(text: string): string[] {
  const words = text
    .toLocaleLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !stopWords.has(w));
  const terms = words.map((w) => (w.length > prefixLength ? w.slice(0, prefixLength) : w));
  return [...new Set(terms)].slice(0, 12);
}

/** The terms as a `to_tsquery('simple', …)` text: any term may match, each as a prefix. Letters and digits only. */
export function knowledgeTsQuery(text: string): string | null {
  const terms = knowledgeSearchTerms(text);
  return terms.length ? terms.map((t) => `${t}:*`).join(' | ') : null;
}

/** The text the database indexes: lowercased here, so the result does not depend on the database's locale. */
export function knowledgeSearchText(title: string, body: string): string {
  return `${title}\n${body}`.toLocaleLowerCase().normalize('NFC');
}
