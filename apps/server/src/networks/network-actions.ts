import { type Database, networkMembers, networks, type Transaction } from '@birge/db';
import type { createNetworkSchema, updateNetworkSchema } from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, invalidField, notFound } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation-queries';
import { updateVersioned } from '../records/update-versioned';

async function assertOrganisation(tx: Transaction, field: string, id: string | null | undefined) {
  if (id && !(await findOrganisation(tx, id))) throw invalidField(field, 'field.choice');
}

export async function createNetwork(
  db: Database,
  context: AuditContext,
  input: z.infer<typeof createNetworkSchema>,
) {
  return db.transaction(async (tx) => {
    await assertOrganisation(tx, 'leadOrganisationId', input.leadOrganisationId);
    const [created] = await tx.insert(networks).values(input).returning();
    if (!created) throw new Error('insert returned no row');
    if (created.leadOrganisationId) {
      await tx
        .insert(networkMembers)
        .values({ networkId: created.id, organisationId: created.leadOrganisationId });
    }
    await recordAudit(tx, context, {
      action: 'network.create',
      recordType: 'network',
      recordId: created.id,
      organisationId: created.leadOrganisationId,
      after: created,
    });
    return created;
  });
}

export async function updateNetwork(
  db: Database,
  context: AuditContext,
  id: string,
  input: z.infer<typeof updateNetworkSchema>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(networks).where(eq(networks.id, id));
    if (!before) throw notFound();
    const { version, ...changes } = input;
    await assertOrganisation(tx, 'leadOrganisationId', changes.leadOrganisationId);
    const after = await updateVersioned(tx, networks, id, version, changes);
    await recordAudit(tx, context, {
      action: 'network.update',
      recordType: 'network',
      recordId: id,
      organisationId: after.leadOrganisationId,
      before,
      after,
    });
    return after;
  });
}

export async function addNetworkMember(
  db: Database,
  context: AuditContext,
  networkId: string,
  organisationId: string,
) {
  return db.transaction(async (tx) => {
    const [network] = await tx.select().from(networks).where(eq(networks.id, networkId));
    if (!network) throw notFound();
    await assertOrganisation(tx, 'organisationId', organisationId);
    const inserted = await tx
      .insert(networkMembers)
      .values({ networkId, organisationId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw new AppError(409, 'networks.alreadyMember');
    await recordAudit(tx, context, {
      action: 'network.addMember',
      recordType: 'network',
      recordId: networkId,
      organisationId: network.leadOrganisationId,
      after: { memberOrganisationId: organisationId },
    });
  });
}

export async function removeNetworkMember(
  db: Database,
  context: AuditContext,
  networkId: string,
  organisationId: string,
) {
  return db.transaction(async (tx) => {
    const [network] = await tx.select().from(networks).where(eq(networks.id, networkId));
    if (!network) throw notFound();
    const removed = await tx
      .delete(networkMembers)
      .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.organisationId, organisationId)))
      .returning();
    if (removed.length === 0) throw notFound();
    await recordAudit(tx, context, {
      action: 'network.removeMember',
      recordType: 'network',
      recordId: networkId,
      organisationId: network.leadOrganisationId,
      before: { memberOrganisationId: organisationId },
    });
  });
}
