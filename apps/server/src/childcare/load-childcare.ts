import type { Database } from '@birge/db';
import {
  type CareSubject,
  can,
  carePlacementPolicy,
  carerPolicy,
  gatekeepingPolicy,
  institutionPolicy,
  type Policy,
} from '@birge/domain';
import type { FastifyRequest } from 'fastify';
import { caseFor } from '../cases/load-case';
import { forbidden, notFound } from '../http/app-error';
import { authOf } from '../http/request-context';
import { findCarer } from './carer-actions';
import { findCommission, findRequest } from './gatekeeping-queries';
import { findInstitution } from './institution-queries';
import { findPlacement, findVisit } from './placement-queries';

/** 404 to whom may not read the record, 403 to whom may read but not do `action`. */
function authorise<A extends string>(
  request: FastifyRequest,
  policy: Policy<CareSubject, A>,
  action: A,
  subject: CareSubject,
) {
  const { actor } = authOf(request);
  if (!can(policy, actor, 'read' as A, subject)) throw notFound();
  if (!can(policy, actor, action, subject)) throw forbidden();
}

export async function institutionFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof institutionPolicy,
) {
  const institution = await findInstitution(db, id);
  if (!institution) throw notFound();
  authorise(request, institutionPolicy, action, institution);
  return institution;
}

export async function commissionFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof gatekeepingPolicy,
) {
  const commission = await findCommission(db, id);
  if (!commission) throw notFound();
  // The commission's members and meetings are public business; its requests name children.
  if (action !== 'read') authorise(request, gatekeepingPolicy, action, commission);
  return commission;
}

export async function gatekeepingRequestFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof gatekeepingPolicy,
) {
  const found = await findRequest(db, id);
  if (!found) throw notFound();
  const commission = await findCommission(db, found.commissionId);
  if (!commission) throw notFound();
  authorise(request, gatekeepingPolicy, action, commission);
  return { request: found, commission };
}

export async function carerFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof carerPolicy,
) {
  const carer = await findCarer(db, id);
  if (!carer) throw notFound();
  authorise(request, carerPolicy, action, carer);
  return carer;
}

/** A case as a child's deinstitutionalisation file: the case's own rule, and child protection besides. */
export async function careCaseFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof carePlacementPolicy,
) {
  const found = await caseFor(db, request, id, action === 'read' ? 'read' : 'work');
  authorise(request, carePlacementPolicy, action, found.case);
  return found.case;
}

export async function placementFor(
  db: Database,
  request: FastifyRequest,
  id: string,
  action: keyof typeof carePlacementPolicy,
) {
  const placement = await findPlacement(db, id);
  if (!placement) throw notFound();
  const caseRow = await careCaseFor(db, request, placement.caseId, action);
  return { placement, caseRow };
}

export async function visitFor(db: Database, request: FastifyRequest, id: string) {
  const visit = await findVisit(db, id);
  if (!visit) throw notFound();
  return { visit, ...(await placementFor(db, request, visit.placementId, 'work')) };
}
