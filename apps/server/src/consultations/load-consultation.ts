import type { Database } from '@birge/db';
import { can, consultationPolicy } from '@birge/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../http/app-error';
import { authOf } from '../http/request-context';
import { consultationSubject, findConsultation } from './consultation-queries';

/**
 * Loads a question for an action on the desk. Someone outside the holding organisation's desk is told it does
 * not exist; someone on the desk who may not do this is told they may not.
 */
export async function consultationFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof consultationPolicy,
) {
  const row = await findConsultation(db, id);
  if (!row) throw notFound();
  const subject = consultationSubject(row);
  const { actor } = authOf(request);
  if (!can(consultationPolicy, actor, 'read', subject)) throw notFound();
  if (!can(consultationPolicy, actor, action, subject)) throw forbidden();
  return { row, subject };
}
