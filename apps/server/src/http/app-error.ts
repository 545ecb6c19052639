import type { MessageKey, MessageParams } from '../i18n/translate';

/** An error a person reads: an HTTP status, a catalogue key for the message, and per-field keys. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageKey,
    readonly params?: MessageParams,
    readonly fields?: Record<string, { key: MessageKey; params?: MessageParams }>,
    /** Records the person needs to resolve the error, such as the possible duplicates of a registration. */
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'errors.notFound');
export const forbidden = () => new AppError(403, 'errors.forbidden');
export const stale = () => new AppError(409, 'errors.stale');

/** A rule of the domain broken by one field: 400 with that field marked. */
export const invalidField = (field: string, key: MessageKey, params?: MessageParams) =>
  new AppError(400, 'errors.validation', undefined, { [field]: { key, params } });
