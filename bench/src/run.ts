import { createHash } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { defaultWebRoot, startBirge } from '@birge/server';
import pg from 'pg';
import { candidatesFloor } from './candidates';
import { createBenchProgramme, dashboardFloor } from './dashboard';
import { exportFloor, measureExport } from './export';
import { floorSql, personPageFloor, recordServiceFloor } from './floors';
import { loadTest, timeConcurrent, timeSequential } from './measure';
import { benchOptions, benchPassword } from './options';
import { measurePglite } from './pglite';
import { type ResultRow, writeResults } from './results';
import { sampleWork } from './sample';
import { firstLoadBytes } from './web-bundle';

// `npm run bench`: Birge through its HTTP API against the hand-written SQL floor, on the bench database.
const { databaseUrl } = benchOptions();
const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
const sample = await sampleWork(pool);
const birge = await startBirge({ databaseUrl, port: 0, webRoot: '/nonexistent' });
const rows: ResultRow[] = [];
const log = (row: ResultRow) => {
  rows.push(row);
  console.log(row);
};

async function signIn(email: string) {
  const response = await fetch(`${birge.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: benchPassword }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email}: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, 'x-csrf-token': csrfToken };
}

/** The floor of an API request includes finding its session, as any hand-written service must. */
function sessionFloor(headers: { cookie: string }) {
  const token = headers.cookie.split('=')[1] ?? '';
  const tokenHash = createHash('sha256').update(token).digest('hex');
  return () => pool.query(floorSql.session, [tokenHash]);
}

try {
  const worker = await signIn(sample.workerEmail);
  const authenticate = sessionFloor(worker);
  const cycle = <T>(items: T[]) => {
    let i = 0;
    return () => items[i++ % items.length] as T;
  };
  const latency = { connections: 1, amount: 200 };

  for (const [label, terms] of [
    ['Person search, Cyrillic name', sample.cyrillicTerms],
    ['Person search, Latin name', sample.latinTerms],
  ] as const) {
    const nextTerm = cycle(terms);
    const api = await loadTest(
      birge.url,
      worker,
      () => ({ method: 'GET', path: `/api/persons?q=${encodeURIComponent(nextTerm())}` }),
      latency,
    );
    const floor = await timeSequential(200, async (i) => {
      await authenticate();
      await pool.query(floorSql.search, [sample.organisationId, sample.keyOf(terms[i % terms.length] ?? '')]);
    });
    log({ operation: label, birge: api, floor });
  }

  const caseload = await loadTest(
    birge.url,
    worker,
    () => ({ method: 'GET', path: '/api/caseload' }),
    latency,
  );
  const caseloadFloor = await timeSequential(200, async () => {
    await authenticate();
    await pool.query(floorSql.caseloadCases, [sample.workerId]);
    await pool.query(floorSql.caseloadTasks, [sample.workerId]);
  });
  log({ operation: `Caseload (${sample.openCases} open cases)`, birge: caseload, floor: caseloadFloor });

  const nextPerson = cycle(sample.personIds);
  const page = await loadTest(
    birge.url,
    worker,
    () => ({ method: 'GET', path: `/api/persons/${nextPerson()}` }),
    latency,
  );
  const pageFloor = await timeSequential(200, async (i) => {
    await authenticate();
    await personPageFloor(pool, sample.personIds[i % sample.personIds.length] ?? '');
  });
  log({ operation: 'Person page', birge: page, floor: pageFloor });

  const nextCase = cycle(sample.caseIds);
  const service = JSON.stringify({
    type: 'home_visit',
    deliveredOn: new Date().toISOString().slice(0, 10),
    outcome: 'Visited',
  });
  const writes = await loadTest(
    birge.url,
    worker,
    () => ({ method: 'POST', path: `/api/cases/${nextCase()}/services`, body: service }),
    {
      connections: 20,
      duration: 10,
    },
  );
  const writesFloor = await timeConcurrent(20, 10, (i) =>
    recordServiceFloor(pool, sample.caseIds[i % sample.caseIds.length] ?? ''),
  );
  log({
    operation: 'Record a service, 20 concurrent clients',
    birge: writes,
    floor: writesFloor,
    throughput: true,
  });

  // Candidates for a vacancy: an employer's staff for their own, the case worker for one in their region.
  const {
    rows: [own],
  } = await pool.query<{ id: string }>(
    `select v.id from vacancies v join memberships m on m.organisation_id = v.employer_id
     join users u on u.id = m.user_id where u.email = 'employer@bench.test' order by v.id limit 1`,
  );
  const {
    rows: [local],
  } = await pool.query<{ id: string }>(
    `select v.id from vacancies v join organisations o on o.region_id = v.region_id where o.id = $1
     order by v.id limit 1`,
    [sample.organisationId],
  );
  if (!own || !local) throw new Error('no vacancies: run `npm run bench:data` again');
  const employerStaff = await signIn('employer@bench.test');
  for (const [who, headers, vacancyId, scope] of [
    ['employer', employerStaff, own.id, { employer: true }],
    ['case worker', worker, local.id, { organisationId: sample.organisationId }],
  ] as const) {
    const api = await loadTest(
      birge.url,
      headers,
      () => ({ method: 'GET', path: `/api/vacancies/${vacancyId}/candidates` }),
      latency,
    );
    const session = sessionFloor(headers);
    let total = 0;
    const floor = await timeSequential(200, async () => {
      await session();
      const { rows } = await candidatesFloor(pool, vacancyId, scope);
      total = Number(rows[0]?.total ?? 0);
    });
    log({
      operation: `Candidates for a vacancy, ranked (${who}, ${total.toLocaleString('en')} in the pool)`,
      birge: api,
      floor,
    });
  }

  const national = await signIn('national@bench.test');
  const {
    rows: [network],
  } = await pool.query<{ id: string; lead_organisation_id: string }>(
    'select id, lead_organisation_id from networks order by created_at limit 1',
  );
  if (!network) throw new Error('no network: run `npm run bench:data` again');
  const programmeId = await createBenchProgramme(birge.url, national, {
    ownerOrganisationId: network.lead_organisation_id,
    networkId: network.id,
  });
  const dashboard = await loadTest(
    birge.url,
    national,
    () => ({ method: 'GET', path: `/api/programmes/${programmeId}/dashboard?period=year` }),
    { connections: 1, amount: 20 },
  );
  const nationalSession = sessionFloor(national);
  const dashboardFloorTiming = await timeSequential(20, async () => {
    await nationalSession();
    await dashboardFloor((text, params) => pool.query(text, params), programmeId, network.id);
  });
  log({
    operation: 'Programme dashboard: 5 indicators over the national network, 5 years and the whole span',
    birge: dashboard,
    floor: dashboardFloorTiming,
  });

  const exported = await measureExport(birge.url, national);
  const exportedFloor = await exportFloor(pool);
  log({
    operation: `Export ${exported.rows.toLocaleString('en')} persons to CSV (streamed)`,
    birge: { p50: exported.milliseconds, p95: exported.milliseconds, count: 1 },
    floor: { p50: exportedFloor.milliseconds, p95: exportedFloor.milliseconds, count: 1 },
    note: `server memory: ${exported.baselineMb} MB before, ${exported.peakMb} MB at peak; ${exported.megabytes} MB of CSV`,
  });
} finally {
  await birge.close();
  await pool.end();
}

rows.push(...(await measurePglite(10_000)));
const bundle = firstLoadBytes(defaultWebRoot);
rows.push({
  operation: 'Web app first load, gzip',
  note: bundle
    ? `${(bundle.js / 1024).toFixed(1)} KB JavaScript, ${(bundle.css / 1024).toFixed(1)} KB CSS`
    : 'web app not built: run `npm run build` first',
});
writeResults({
  persons: sample.persons,
  organisations: sample.organisations,
  cpus: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  rows,
});
