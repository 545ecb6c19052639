import type { Database } from '@birge/db';
import { can, workshopPolicy } from '@birge/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../http/app-error';
import { authOf } from '../http/request-context';
import { findTrainee, findWorkshop } from './workshop-queries';

type Action = keyof typeof workshopPolicy;

/** The workshop, if the actor may do `action`: 404 to those who may not read it, 403 to those who only read. */
export async function workshopFor(db: Database, request: FastifyRequest, id: string, action: Action) {
  const workshop = await findWorkshop(db, id);
  if (!workshop) throw notFound();
  const { actor } = authOf(request);
  if (!can(workshopPolicy, actor, 'read', workshop)) throw notFound();
  if (!can(workshopPolicy, actor, action, workshop)) throw forbidden();
  return workshop;
}

/** A trainee with the workshop they train in, under the workshop's rule for `action`. */
export async function traineeFor(db: Database, request: FastifyRequest, id: string, action: Action) {
  const trainee = await findTrainee(db, id);
  if (!trainee) throw notFound();
  const workshop = await workshopFor(db, request, trainee.workshopId, action);
  return { trainee, workshop };
}
