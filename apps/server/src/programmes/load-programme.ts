import {
  indicators,
  manualValues,
  networkMembers,
  programmeParticipants,
  programmes,
  type Queryable,
  results,
} from '@birge/db';
import { type Actor, type CountingScope, can, type ProgrammeSubject, programmePolicy } from '@birge/domain';
import { eq, sql } from 'drizzle-orm';
import { forbidden, notFound } from '../http/app-error';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type LoadedProgramme = ProgrammeRow & ProgrammeSubject;

/** The organisations whose members read a programme: its owner, its participants and its network's members. */
export function readerOrganisations(programmeId: typeof programmes.id | string) {
  return sql`(
    select ${programmes.ownerOrganisationId} from ${programmes} where ${programmes.id} = ${programmeId}
    union select ${programmeParticipants.organisationId} from ${programmeParticipants}
      where ${programmeParticipants.programmeId} = ${programmeId}
    union select ${networkMembers.organisationId} from ${networkMembers} join ${programmes} p
      on p.network_id = ${networkMembers.networkId} where p.id = ${programmeId})`;
}

export async function findProgramme(db: Queryable, id: string): Promise<LoadedProgramme | null> {
  const [row] = await db
    .select({
      programme: programmes,
      readers: sql<string[]>`array(${readerOrganisations(id)})::text[]`,
      accountable: sql<
        string[]
      >`array(select ${programmeParticipants.organisationId} from ${programmeParticipants}
        where ${programmeParticipants.programmeId} = ${id} and ${programmeParticipants.role} = 'accountable')::text[]`,
    })
    .from(programmes)
    .where(eq(programmes.id, id));
  return row
    ? { ...row.programme, readerOrganisationIds: row.readers, accountableOrganisationIds: row.accountable }
    : null;
}

/** Whose work the programme's indicators count: the organisations that read it, and its network. */
export function countingScope(programme: LoadedProgramme): CountingScope {
  return { organisationIds: programme.readerOrganisationIds, networkId: programme.networkId };
}

/**
 * The programme, if the actor may do `action` with it: 404 when they may not even read it (its existence is
 * not revealed), 403 when they read it but may not do more.
 */
export async function programmeFor(
  db: Queryable,
  actor: Actor,
  id: string,
  action: keyof typeof programmePolicy,
): Promise<LoadedProgramme> {
  const programme = await findProgramme(db, id);
  if (!programme || !can(programmePolicy, actor, 'read', programme)) throw notFound();
  if (!can(programmePolicy, actor, action, programme)) throw forbidden();
  return programme;
}

export async function resultFor(
  db: Queryable,
  actor: Actor,
  id: string,
  action: keyof typeof programmePolicy,
) {
  const [result] = await db.select().from(results).where(eq(results.id, id));
  if (!result) throw notFound();
  return { result, programme: await programmeFor(db, actor, result.programmeId, action) };
}

export async function indicatorFor(
  db: Queryable,
  actor: Actor,
  id: string,
  action: keyof typeof programmePolicy,
) {
  const [indicator] = await db.select().from(indicators).where(eq(indicators.id, id));
  if (!indicator) throw notFound();
  return { indicator, programme: await programmeFor(db, actor, indicator.programmeId, action) };
}

export async function manualValueFor(
  db: Queryable,
  actor: Actor,
  id: string,
  action: keyof typeof programmePolicy,
) {
  const [value] = await db.select().from(manualValues).where(eq(manualValues.id, id));
  if (!value) throw notFound();
  const { programme } = await indicatorFor(db, actor, value.indicatorId, action);
  return { value, programme };
}
