import type { Database } from '@birge/db';
import { can, personPolicy, sharedPartsFor } from '@birge/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../http/app-error';
import { authOf } from '../http/request-context';
import { findPersonWithSubject } from './person-access';

type Action = keyof typeof personPolicy;

/**
 * Loads a person for an action. Someone who may not even read the record is told it does not exist;
 * someone who may read but not act is told they may not.
 */
export async function personFor(db: Database, request: FastifyRequest, id: string, action: Action) {
  const found = await findPersonWithSubject(db, id);
  if (!found || found.person.mergedIntoId) throw notFound();
  const { person, subject } = found;
  const { actor } = authOf(request);
  if (can(personPolicy, actor, action, subject)) return { person, subject };
  const readable = can(personPolicy, actor, 'read', subject) || sharedPartsFor(actor, subject).length > 0;
  throw readable ? forbidden() : notFound();
}

/** A person the actor may see at all, in full or in the part shared with them. */
export async function personSeenBy(db: Database, request: FastifyRequest, id: string) {
  const found = await findPersonWithSubject(db, id);
  if (!found || found.person.mergedIntoId) throw notFound();
  const { person, subject } = found;
  const { actor } = authOf(request);
  if (!can(personPolicy, actor, 'read', subject) && sharedPartsFor(actor, subject).length === 0)
    throw notFound();
  return { person, subject };
}
