import { domainEvents, type Transaction } from '@birge/db';

/** The events Birge writes, with what each carries: ids only, never a person's words or names. */
export type DomainEventPayloads = {
  'consultation.answered': { consultationId: string; messageId: string };
  /** A concern about a child's placement, with the tasks it became: a visit's findings or a carer suspended. */
  'childcare.concern_raised': {
    caseId: string;
    placementId: string;
    taskIds: string[];
    visitId: string | null;
    carerId: string | null;
  };
};
export type DomainEventType = keyof DomainEventPayloads;

/** Records that something happened, inside the transaction that made it happen; handled after commit. */
export async function writeDomainEvent<T extends DomainEventType>(
  tx: Transaction,
  type: T,
  payload: DomainEventPayloads[T],
): Promise<void> {
  await tx.insert(domainEvents).values({ type, payload });
}
