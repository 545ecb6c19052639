import type { Attachment } from '@birge/domain';
import type { Message } from 'grammy/types';

/**
 * What a person sent: the text (or a file's caption) and the files, kept as Telegram `file_id`s only. The
 * files stay on Telegram's servers until an expert opens one (`getFile`).
 */
export function questionOf(message: Message): { text: string; attachments: Attachment[] } {
  const attachments: Attachment[] = [];
  if (message.voice) {
    attachments.push({
      kind: 'voice',
      fileId: message.voice.file_id,
      fileUniqueId: message.voice.file_unique_id,
      mimeType: message.voice.mime_type,
      fileSize: message.voice.file_size,
      duration: message.voice.duration,
    });
  }
  if (message.audio) {
    attachments.push({
      kind: 'audio',
      fileId: message.audio.file_id,
      fileUniqueId: message.audio.file_unique_id,
      mimeType: message.audio.mime_type,
      fileName: message.audio.file_name,
      fileSize: message.audio.file_size,
      duration: message.audio.duration,
    });
  }
  if (message.photo?.length) {
    // Telegram sends every size of a photo; the largest is the last.
    const largest = message.photo[message.photo.length - 1];
    if (largest) {
      attachments.push({
        kind: 'photo',
        fileId: largest.file_id,
        fileUniqueId: largest.file_unique_id,
        fileSize: largest.file_size,
      });
    }
  }
  if (message.document) {
    attachments.push({
      kind: 'document',
      fileId: message.document.file_id,
      fileUniqueId: message.document.file_unique_id,
      mimeType: message.document.mime_type,
      fileName: message.document.file_name,
      fileSize: message.document.file_size,
    });
  }
  if (message.video) {
    attachments.push({
      kind: 'video',
      fileId: message.video.file_id,
      fileUniqueId: message.video.file_unique_id,
      mimeType: message.video.mime_type,
      fileSize: message.video.file_size,
      duration: message.video.duration,
    });
  }
  const text = (message.text ?? message.caption ?? '').trim().slice(0, 4000);
  return { text, attachments: attachments.map(clean) };
}

function clean(attachment: Attachment): Attachment {
  return Object.fromEntries(Object.entries(attachment).filter(([, v]) => v !== undefined)) as Attachment;
}
