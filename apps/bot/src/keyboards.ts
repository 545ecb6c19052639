import { type ConsultationTopic, consultationTopics, type Language, languages } from '@birge/domain';
import { InlineKeyboard } from 'grammy';
import { languageNames, t } from './i18n';

/**
 * Inline keyboards. Each button says what it does in words; callback data carries what the next step needs,
 * so that before the person agrees nothing has to be stored — not even the chosen language.
 */
export function languageKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const [i, language] of languages.entries()) {
    keyboard.text(languageNames[language], `lang:${language}`);
    if (i % 2 === 1) keyboard.row();
  }
  return keyboard;
}

export function consentKeyboard(language: Language): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(language, 'privacy.agree'), `agree:${language}`)
    .row()
    .text(t(language, 'privacy.decline'), `decline:${language}`);
}

export function topicKeyboard(language: Language): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const topic of consultationTopics)
    keyboard.text(t(language, `topic.${topic}`), `topic:${topic}`).row();
  return keyboard;
}

export function suggestionKeyboard(language: Language, consultationId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(language, 'suggest.yes'), `kb:yes:${consultationId}`)
    .row()
    .text(t(language, 'suggest.no'), `kb:no:${consultationId}`);
}

export function ratingKeyboard(consultationId: string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (let rating = 1; rating <= 5; rating += 1)
    keyboard.text(String(rating), `rate:${consultationId}:${rating}`);
  return keyboard;
}

export function forgetKeyboard(language: Language): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(language, 'forget.yes'), 'forget:yes')
    .row()
    .text(t(language, 'forget.no'), 'forget:no');
}

export function newQuestionKeyboard(language: Language): InlineKeyboard {
  return new InlineKeyboard().text(t(language, 'menu.newQuestion'), 'menu');
}

export function isTopic(value: string): value is ConsultationTopic {
  return (consultationTopics as readonly string[]).includes(value);
}
