import { nameKey } from '@birge/domain';
import { transliterate } from '@birge/server/demo';
import type { Pool } from 'pg';

/** The case worker with the largest caseload, and the names, persons and cases they work with. */
export async function sampleWork(pool: Pool) {
  const {
    rows: [worker],
  } = await pool.query<{ id: string; email: string; organisation_id: string; open: number }>(
    `select u.id, u.email, m.organisation_id, count(*)::int as open
     from cases c join users u on u.id = c.worker_id join memberships m on m.user_id = u.id
     where c.state <> 'closed' group by u.id, u.email, m.organisation_id order by open desc limit 1`,
  );
  if (!worker) throw new Error('no case worker with open cases: run `npm run bench:data` first');
  const { rows: people } = await pool.query<{ id: string; family_name: string; given_name: string }>(
    'select id, family_name, given_name from persons where owner_organisation_id = $1 order by id limit 50',
    [worker.organisation_id],
  );
  const { rows: openCases } = await pool.query<{ id: string }>(
    `select id from cases where worker_id = $1 and state <> 'closed' order by id limit 50`,
    [worker.id],
  );
  const {
    rows: [counts],
  } = await pool.query<{ persons: number; organisations: number }>(
    'select (select count(*)::int from persons) as persons, (select count(*)::int from organisations) as organisations',
  );
  const cyrillicTerms = people.map((p) => `${p.family_name} ${p.given_name}`);
  return {
    workerId: worker.id,
    workerEmail: worker.email,
    organisationId: worker.organisation_id,
    openCases: worker.open,
    cyrillicTerms,
    latinTerms: cyrillicTerms.map(transliterate),
    keyOf: nameKey,
    personIds: people.map((p) => p.id),
    caseIds: openCases.map((c) => c.id),
    persons: counts?.persons ?? 0,
    organisations: counts?.organisations ?? 0,
  };
}
