import type { Refusal } from '@birge/domain';
import { AppError, invalidField } from '../http/app-error';
import type { MessageKey } from '../i18n/translate';

/** The reasons a child-protection rule gives, each the last part of a message key in every catalogue. */
type ChildcareReason = MessageKey extends infer K ? (K extends `childcare.${infer R}` ? R : never) : never;

/** A rule of `packages/domain` broken: 400 on the field it names, 409 when the request as a whole conflicts. */
export function refused(refusal: Refusal<ChildcareReason>): AppError {
  const key: MessageKey = `childcare.${refusal.reason}`;
  return refusal.field ? invalidField(refusal.field, key) : new AppError(409, key);
}
