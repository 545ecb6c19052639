import {
  memberships,
  networkMembers,
  networks,
  openDatabase,
  organisations,
  persons,
  users,
} from '@birge/db';
import { nameKey } from '@birge/domain';
import { buildApp } from '@birge/server';
import { readConfig } from '@birge/server/config';
import { demoPerson, seededRandom, transliterate } from '@birge/server/demo';
import { hashPassword } from '@birge/server/passwords';
import { createBenchProgramme, dashboardFloor } from './dashboard';
import { floorSql } from './floors';
import { loadTest, timeSequential } from './measure';
import { benchPassword } from './options';
import type { ResultRow } from './results';

type PgliteClient = { query(text: string, params: unknown[]): Promise<unknown> };

/** The same search and person page on embedded PGlite, the laptop-sized Birge. */
export async function measurePglite(total: number): Promise<ResultRow[]> {
  const handle = await openDatabase({ memory: true });
  await handle.migrate();
  const db = handle.db;
  const random = seededRandom(10_000);
  const now = new Date();
  const orgIds = Array.from({ length: 20 }, () => crypto.randomUUID());
  await db.insert(organisations).values(
    orgIds.map((id, i) => ({
      id,
      name: `Organisation ${i + 1}`,
      type: 'ngo' as const,
      accessibility: {
        stepFreeEntrance: true,
        accessibleToilet: false,
        elevator: false,
        signLanguage: false,
        easyRead: false,
        notes: '',
      },
    })),
  );
  const [worker] = await db
    .insert(users)
    .values({
      email: 'worker@bench.test',
      name: 'Case worker',
      passwordHash: await hashPassword(benchPassword),
    })
    .returning();
  const organisationId = orgIds[0] ?? '';
  await db
    .insert(memberships)
    .values({ userId: worker?.id ?? '', organisationId, roles: ['case_worker', 'child_protection'] });
  const [network] = await db
    .insert(networks)
    .values({ name: 'National network', leadOrganisationId: organisationId })
    .returning();
  const networkId = network?.id ?? '';
  await db.insert(networkMembers).values(orgIds.map((id) => ({ networkId, organisationId: id })));
  const [coordinator] = await db
    .insert(users)
    .values({
      email: 'national@bench.test',
      name: 'National coordinator',
      passwordHash: await hashPassword(benchPassword),
    })
    .returning();
  await db.insert(memberships).values(
    orgIds.map((id) => ({
      userId: coordinator?.id ?? '',
      organisationId: id,
      roles: ['coordinator' as const],
    })),
  );
  const people = Array.from({ length: total }, (_, i) =>
    demoPerson(
      random,
      { id: orgIds[i % orgIds.length] ?? '', regionId: null, country: 'KG', languages: ['ky'] },
      random.chance(0.17),
      now,
    ),
  );
  for (let i = 0; i < people.length; i += 1000) await db.insert(persons).values(people.slice(i, i + 1000));
  const mine = people.filter((p) => p.ownerOrganisationId === organisationId).slice(0, 50);
  const terms = mine.map((p) => `${p.familyName} ${p.givenName}`);

  const app = await buildApp(db, readConfig({}), { webRoot: '/nonexistent' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const client = (db as unknown as { $client: PgliteClient }).$client;
  const signIn = async (email: string) => {
    const response = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: benchPassword }),
    });
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return {
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
      'x-csrf-token': csrfToken,
    };
  };
  try {
    const headers = await signIn('worker@bench.test');
    let i = 0;
    const search = await loadTest(
      url,
      headers,
      () => ({
        method: 'GET',
        path: `/api/persons?q=${encodeURIComponent(transliterate(terms[i++ % terms.length] ?? ''))}`,
      }),
      { connections: 1, amount: 200 },
    );
    const searchFloor = await timeSequential(200, (n) =>
      client.query(floorSql.search, [organisationId, nameKey(transliterate(terms[n % terms.length] ?? ''))]),
    );
    let j = 0;
    const page = await loadTest(
      url,
      headers,
      () => ({ method: 'GET', path: `/api/persons/${mine[j++ % mine.length]?.id}` }),
      { connections: 1, amount: 200 },
    );
    const pageFloor = await timeSequential(200, async (n) => {
      const id = mine[n % mine.length]?.id;
      for (const text of [
        floorSql.person,
        floorSql.personShares,
        floorSql.personLinks,
        floorSql.personConsents,
        floorSql.personAssessments,
        floorSql.personCases,
        floorSql.personReferrals,
      ]) {
        await client.query(text, [id]);
      }
    });
    const national = await signIn('national@bench.test');
    const programmeId = await createBenchProgramme(url, national, {
      ownerOrganisationId: organisationId,
      networkId,
    });
    const dashboard = await loadTest(
      url,
      national,
      () => ({ method: 'GET', path: `/api/programmes/${programmeId}/dashboard?period=year` }),
      { connections: 1, amount: 50 },
    );
    const dashboardFloorTiming = await timeSequential(50, () =>
      dashboardFloor((text, params) => client.query(text, params), programmeId, networkId),
    );
    return [
      {
        operation: `PGlite (${total.toLocaleString('en')} persons): person search, Latin name`,
        birge: search,
        floor: searchFloor,
      },
      {
        operation: `PGlite (${total.toLocaleString('en')} persons): person page`,
        birge: page,
        floor: pageFloor,
      },
      {
        operation: `PGlite (${total.toLocaleString('en')} persons): programme dashboard`,
        birge: dashboard,
        floor: dashboardFloorTiming,
      },
    ];
  } finally {
    await app.close();
    await handle.close();
  }
}
