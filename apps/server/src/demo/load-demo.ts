import {
  type Database,
  memberships,
  networkMembers,
  networks,
  organisations,
  regions,
  users,
} from '@birge/db';
import { accessibilitySchema } from '@birge/domain';
import { hashPassword } from '../auth/passwords';
import { audited } from './audited';
import { demoAccounts, demoNetworks, demoOrganisations, demoPassword } from './demo-organisations';
import { type DemoProgrammeKey, loadDemoProgrammes } from './demo-programmes';
import { loadDemoConsultations } from './load-demo-consultations';
import { loadDemoPeople } from './load-demo-people';
import { loadDemoWork } from './load-demo-work';

/** What a module's demo loader needs to know of the demo's organisations, accounts, regions and programmes. */
export type DemoSetting = {
  orgId: (key: string) => string;
  userId: (email: string) => string;
  regionId: (code: string) => string | null;
  programmeId: (key: DemoProgrammeKey) => string;
};

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
    const programmeIds = await loadDemoProgrammes(tx, orgId);
    const setting: DemoSetting = {
      orgId: (key) => {
        const id = orgId(key);
        if (!id) throw new Error(`no demo organisation ${key}`);
        return id;
      },
      userId: (email) => {
        const id = userIds.get(email);
        if (!id) throw new Error(`no demo account ${email}`);
        return id;
      },
      regionId,
      programmeId: (key) => programmeIds[key],
    };
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
      await loadDemoWork(tx, setting);
      await loadDemoConsultations(tx, {
        holderId: orgId('qorgan') ?? '',
        kgOrganisationId: orgId('janyryk') ?? '',
        expertId: userIds.get('expert@birge.test') ?? null,
      });
    }
  });
  return { accounts: demoAccounts.map((a) => a.email), password: demoPassword };
}
