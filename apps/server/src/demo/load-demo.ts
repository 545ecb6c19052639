import {
  type Database,
  memberships,
  networkMembers,
  networks,
  organisations,
  regions,
  type Transaction,
  users,
} from '@birge/db';
import { accessibilitySchema } from '@birge/domain';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { demoAccounts, demoNetworks, demoOrganisations, demoPassword } from './demo-organisations';
import { loadDemoConsultations } from './load-demo-consultations';
import { loadDemoPeople } from './load-demo-people';

const system: AuditContext = { actorId: null, clientAddress: 'demo' };

async function audited(
  tx: Transaction,
  recordType: string,
  row: { id: string },
  organisationId: string | null,
) {
  await recordAudit(tx, system, {
    action: `${recordType}.create`,
    recordType,
    recordId: row.id,
    organisationId,
    after: row,
  });
}

/** Loads the demo organisations, networks and accounts into an empty database; does nothing otherwise. */
export async function loadDemo(db: Database, options: { people?: boolean } = {}) {
  const [existing] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (existing) return null;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const regionRows = await tx.select().from(regions);
    const regionId = (code: string) => regionRows.find((r) => r.code === code)?.id ?? null;
    const [nooken] = await tx
      .insert(regions)
      .values({
        country: 'KG',
        level: 'district',
        parentId: regionId('KG-J'),
        names: { ky: 'Ноокен району', kk: 'Ноокен ауданы', ru: 'Ноокенский район', en: 'Nooken District' },
      })
      .returning();
    if (nooken) await audited(tx, 'region', nooken, null);

    const orgIds = new Map<string, string>();
    for (const { key, regionCode, district, ...fields } of demoOrganisations) {
      const [row] = await tx
        .insert(organisations)
        .values({
          ...fields,
          regionId: district && nooken ? nooken.id : regionId(regionCode),
          accessibility: accessibilitySchema.parse({
            stepFreeEntrance: true,
            accessibleToilet: key !== 'lagNooken',
          }),
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      orgIds.set(key, row.id);
      await audited(tx, 'organisation', row, row.id);
    }
    const orgId = (key: string) => orgIds.get(key) ?? null;

    for (const network of demoNetworks) {
      const [row] = await tx
        .insert(networks)
        .values({
          name: network.name,
          description: network.description,
          leadOrganisationId: orgId(network.lead),
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await audited(tx, 'network', row, row.leadOrganisationId);
      for (const member of [network.lead, ...network.members]) {
        const organisationId = orgId(member);
        if (organisationId) await tx.insert(networkMembers).values({ networkId: row.id, organisationId });
      }
    }

    const userIds = new Map<string, string>();
    for (const account of demoAccounts) {
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash,
          platformAdmin: account.platformAdmin ?? false,
        })
        .returning({ id: users.id, email: users.email, name: users.name });
      if (!user) throw new Error('insert returned no row');
      userIds.set(account.email, user.id);
      const organisationId = account.organisation ? orgId(account.organisation) : null;
      await audited(tx, 'user', user, organisationId);
      if (organisationId && account.roles) {
        await tx.insert(memberships).values({ userId: user.id, organisationId, roles: account.roles });
      }
    }
    if (options.people ?? true) {
      await loadDemoPeople(
        tx,
        demoOrganisations.map((o) => {
          const placeId = o.district && nooken ? nooken.id : regionId(o.regionCode);
          const country = o.regionCode.startsWith('KZ') ? ('KZ' as const) : ('KG' as const);
          return { id: orgId(o.key) ?? '', key: o.key, regionId: placeId, country, languages: o.languages };
        }),
        {
          caseworker: userIds.get('caseworker@birge.test') ?? '',
          supervisor: userIds.get('supervisor@birge.test') ?? '',
          rehabWorker: userIds.get('rehab.worker@birge.test') ?? '',
        },
      );
      await loadDemoConsultations(tx, {
        holderId: orgId('qorgan') ?? '',
        kgOrganisationId: orgId('janyryk') ?? '',
        expertId: userIds.get('expert@birge.test') ?? null,
      });
    }
  });
  return { accounts: demoAccounts.map((a) => a.email), password: demoPassword };
}
