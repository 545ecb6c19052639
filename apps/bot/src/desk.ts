import type { Attachment, ConsultationStatus, ConsultationTopic, Language } from '@birge/domain';

/** What the bot remembers of a chat, once the person agreed to the privacy notice. */
export type ChatState = {
  language: Language;
  step: 'menu' | 'asking';
  topic: ConsultationTopic | null;
  activeConsultationId: string | null;
  consentedAt: Date;
};

export type Suggestion = {
  articleId: string;
  title: string;
  body: string;
  language: Language;
  /** The article has no version in the person's language: another one is shown, with a notice. */
  fallback: boolean;
};

export type MyData = {
  language: Language;
  consentedAt: Date;
  displayName: string;
  consultations: {
    topic: ConsultationTopic;
    status: ConsultationStatus;
    askedAt: Date;
    messages: number;
    attachments: number;
  }[];
};

export type Delivery = {
  chatId: string;
  language: Language;
  consultationId: string;
  text: string;
};

/**
 * The consultations desk as the bot sees it. The bot holds no data of its own: every step goes through these
 * functions, which the server implements with the consultations module's actions on the shared database.
 * Chats are named by Telegram's chat id.
 */
export interface ConsultationDesk {
  chat(chatId: string): Promise<ChatState | null>;
  /** The person agreed to the privacy notice: from here on, Birge keeps this chat. */
  agree(chatId: string, input: { language: Language; displayName: string }): Promise<void>;
  setLanguage(chatId: string, language: Language): Promise<void>;
  chooseTopic(chatId: string, topic: ConsultationTopic): Promise<void>;
  /** A question; the knowledge-base answers offered first, if any. */
  ask(
    chatId: string,
    input: { text: string; attachments: Attachment[] },
  ): Promise<{ consultationId: string; suggestions: Suggestion[]; targetHours: number } | null>;
  resolveSuggestion(
    chatId: string,
    consultationId: string,
    helped: boolean,
  ): Promise<{ status: ConsultationStatus; targetHours: number } | null>;
  /** More words or files in the thread of the chat's open question; null when there is none. */
  reply(
    chatId: string,
    input: { text: string; attachments: Attachment[] },
  ): Promise<{ consultationId: string } | null>;
  rate(chatId: string, consultationId: string, rating: number): Promise<boolean>;
  myData(chatId: string): Promise<MyData | null>;
  /** Deletes the chat and the personal part of its questions; anonymous counts stay. */
  forget(chatId: string): Promise<boolean>;
  /** An expert's answer to send, or null when there is nothing to send (forgotten, not a Telegram question). */
  delivery(messageId: string): Promise<Delivery | null>;
  markDelivered(messageId: string): Promise<void>;
}
