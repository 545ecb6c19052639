import type { Language, Match, MatchExclusion } from '@birge/domain';
import { type MessageKey, serverCatalogues, translate } from '../i18n/translate';

/** Where the words for a value of an explanation live: `employment.hours.part_time`, `employment.sector.food`… */
const valueLabels: Record<string, string> = {
  hours: 'employment.hours',
  sector: 'employment.sector',
  accommodation: 'employment.accommodation',
};

/** The catalogue's key for a vocabulary value, when the catalogue has words for it. */
const labelled = (prefix: string, value: string): MessageKey | null => {
  const key = `${prefix}.${value}`;
  return key in serverCatalogues.en ? (key as MessageKey) : null;
};

const listFormats = new Map<Language, Intl.ListFormat>();
/** "baking, sewing and sales" in the reader's language; made once a language, as building one is not cheap. */
function listFormat(language: Language) {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}

/**
 * The explanation of a match in the reader's language, each part and each exclusion with its `text`, for API
 * clients that show it as it is. A skill or an accommodation is named by its label; a skill in the person's own
 * words as written.
 */
export function explainMatch(match: Match, language: Language) {
  const item = (key: string) => {
    for (const prefix of ['employment.skill', 'employment.accommodation']) {
      const found = labelled(prefix, key);
      if (found) return translate(language, found);
    }
    return key;
  };
  const text = (reason: MatchExclusion) => {
    const values = Object.fromEntries(
      Object.entries(reason.values).map(([name, value]) => {
        const prefix = valueLabels[name];
        const found = prefix ? labelled(prefix, String(value)) : null;
        return [name, found ? translate(language, found) : value];
      }),
    );
    const items = listFormat(language).format(reason.items.map(item));
    return translate(language, reason.message as MessageKey, { ...values, items });
  };
  return {
    ...match,
    parts: match.parts.map((part) => ({ ...part, text: text(part) })),
    exclusions: match.exclusions.map((exclusion) => ({
      ...exclusion,
      text: `${translate(language, 'employment.match.excluded')} ${text(exclusion)}`,
    })),
  };
}
