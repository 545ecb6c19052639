import { type Database, memberships, type Transaction, users } from '@birge/db';
import type {
  createMembershipSchema,
  inviteUserSchema,
  updateMembershipSchema,
  updateUserSchema,
} from '@birge/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { createOneTimeLink } from '../auth/one-time-links';
import { endAllSessions } from '../auth/sessions';
import { AppError, invalidField, notFound } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation-queries';
import { updateVersioned } from '../records/update-versioned';

async function assertOrganisation(tx: Transaction, id: string) {
  if (!(await findOrganisation(tx, id))) throw invalidField('organisationId', 'field.choice');
}

/** Creates the account with its first membership and a one-time link to set a password. */
export async function inviteUser(
  db: Database,
  context: AuditContext,
  input: z.infer<typeof inviteUserSchema>,
) {
  return db.transaction(async (tx) => {
    await assertOrganisation(tx, input.organisationId);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new AppError(409, 'users.emailTaken', undefined, { email: { key: 'users.emailTaken' } });
    const [user] = await tx.insert(users).values({ email: input.email, name: input.name }).returning();
    if (!user) throw new Error('insert returned no row');
    const [membership] = await tx
      .insert(memberships)
      .values({ userId: user.id, organisationId: input.organisationId, roles: input.roles })
      .returning();
    const link = await createOneTimeLink(tx, 'invitation', user.id, context.actorId);
    await recordAudit(tx, context, {
      action: 'user.invite',
      recordType: 'user',
      recordId: user.id,
      organisationId: input.organisationId,
      after: { email: user.email, name: user.name, roles: membership?.roles },
    });
    return { userId: user.id, link: link.path };
  });
}

export async function updateUser(
  db: Database,
  context: AuditContext,
  id: string,
  input: z.infer<typeof updateUserSchema>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    if (!before) throw notFound();
    const { version, ...changes } = input;
    const after = await updateVersioned(tx, users, id, version, changes);
    // A deactivated user is signed out at once, on every device.
    if (before.active && !after.active) await endAllSessions(tx, id);
    await recordAudit(tx, context, {
      action: 'user.update',
      recordType: 'user',
      recordId: id,
      organisationId: null,
      before: { name: before.name, active: before.active },
      after: { name: after.name, active: after.active },
    });
  });
}

export async function createResetLink(db: Database, context: AuditContext, userId: string) {
  return db.transaction(async (tx) => {
    const link = await createOneTimeLink(tx, 'reset', userId, context.actorId);
    await recordAudit(tx, context, {
      action: 'user.resetLink',
      recordType: 'user',
      recordId: userId,
      organisationId: null,
      after: { resetLinkCreated: true },
    });
    return link.path;
  });
}

export async function addMembership(
  db: Database,
  context: AuditContext,
  input: z.infer<typeof createMembershipSchema>,
) {
  return db.transaction(async (tx) => {
    await assertOrganisation(tx, input.organisationId);
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!user) throw invalidField('userId', 'field.choice');
    const [created] = await tx.insert(memberships).values(input).onConflictDoNothing().returning();
    if (!created) throw new AppError(409, 'users.alreadyMember');
    await recordAudit(tx, context, {
      action: 'membership.create',
      recordType: 'membership',
      recordId: created.id,
      organisationId: created.organisationId,
      after: created,
    });
    return created;
  });
}

export async function updateMembership(
  db: Database,
  context: AuditContext,
  id: string,
  input: z.infer<typeof updateMembershipSchema>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(memberships).where(eq(memberships.id, id));
    if (!before) throw notFound();
    const after = await updateVersioned(tx, memberships, id, input.version, { roles: input.roles });
    await recordAudit(tx, context, {
      action: 'membership.update',
      recordType: 'membership',
      recordId: id,
      organisationId: after.organisationId,
      before,
      after,
    });
    return after;
  });
}

export async function removeMembership(db: Database, context: AuditContext, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(memberships).where(eq(memberships.id, id));
    if (!before) throw notFound();
    const [other] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, before.userId), ne(memberships.id, id)))
      .limit(1);
    if (!other) throw new AppError(409, 'users.lastMembership');
    await tx.delete(memberships).where(eq(memberships.id, id));
    await recordAudit(tx, context, {
      action: 'membership.delete',
      recordType: 'membership',
      recordId: id,
      organisationId: before.organisationId,
      before,
    });
  });
}
