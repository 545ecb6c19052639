import { type Api, GrammyError } from 'grammy';
import type { ConsultationDesk } from './desk';
import { t } from './i18n';
import { ratingKeyboard } from './keyboards';

const messageLimit = 4000;

function chunks(text: string): string[] {
  const parts: string[] = [];
  for (let rest = text; rest.length > 0; ) {
    if (rest.length <= messageLimit) {
      parts.push(rest);
      break;
    }
    const cut =
      rest.lastIndexOf('\n', messageLimit) > messageLimit / 2
        ? rest.lastIndexOf('\n', messageLimit)
        : messageLimit;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  return parts;
}

/**
 * Handles `consultation.answered` after commit: sends the expert's answer to the person's chat in their
 * language, with the rating buttons, then marks the message delivered. Nothing to send (a web question, a
 * forgotten chat, already delivered) ends quietly; a person who blocked the bot cannot be reached, and is not
 * retried. Any other failure throws, and the dispatcher tries again later.
 */
export async function deliverAnswer(api: Api, desk: ConsultationDesk, payload: { messageId: string }) {
  const delivery = await desk.delivery(payload.messageId);
  if (!delivery) return;
  const { language } = delivery;
  const parts = chunks(`${t(language, 'answer.header')}\n\n${delivery.text}`);
  try {
    for (const part of parts) await api.sendMessage(delivery.chatId, part);
    await api.sendMessage(delivery.chatId, t(language, 'answer.footer'), {
      reply_markup: ratingKeyboard(delivery.consultationId),
    });
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 403 || error.error_code === 400)) return;
    throw error;
  }
  await desk.markDelivered(payload.messageId);
}
