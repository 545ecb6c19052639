import type { Database } from '@birge/db';
import { can, casePolicy } from '@birge/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../http/app-error';
import { authOf } from '../http/request-context';
import { caseSubject, findCase } from './case-queries';

/** Loads a case for an action; a case the actor may not read does not exist for them. */
export async function caseFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof casePolicy,
) {
  const found = await findCase(db, id);
  if (!found) throw notFound();
  const subject = caseSubject(found);
  const { actor } = authOf(request);
  if (!can(casePolicy, actor, 'read', subject)) throw notFound();
  if (!can(casePolicy, actor, action, subject)) throw forbidden();
  return { ...found, subject };
}
