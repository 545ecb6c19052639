import type { Database } from '@birge/db';
import { type Actor, can, type PlacementSubject, placementPolicy, vacancyPolicy } from '@birge/domain';
import { forbidden, notFound } from '../http/app-error';
import { findPersonWithSubject } from '../persons/person-access';
import { findVacancy } from './employment-queries';
import { findPlacement } from './placement-queries';

/** The vacancy, if the actor may do `action`: 404 to those who may not read it, 403 to those who only read. */
export async function vacancyFor(db: Database, actor: Actor, id: string, action: keyof typeof vacancyPolicy) {
  const vacancy = await findVacancy(db, id);
  if (!vacancy || !can(vacancyPolicy, actor, 'read', vacancy)) throw notFound();
  if (!can(vacancyPolicy, actor, action, vacancy)) throw forbidden();
  return vacancy;
}

/** The placement under the rule of the organisation supporting it; a child's only with child protection. */
export async function placementFor(
  db: Database,
  actor: Actor,
  id: string,
  action: keyof typeof placementPolicy,
) {
  const placement = await findPlacement(db, id);
  if (!placement) throw notFound();
  const person = await findPersonWithSubject(db, placement.personId);
  const subject: PlacementSubject = {
    organisationId: placement.organisationId,
    child: person?.subject.child ?? true,
  };
  if (!can(placementPolicy, actor, 'read', subject)) throw notFound();
  if (!can(placementPolicy, actor, action, subject)) throw forbidden();
  return placement;
}
