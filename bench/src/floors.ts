import type { Pool } from 'pg';

/** The hand-written SQL a careful engineer would run for each operation: what Birge is measured against. */
export const floorSql = {
  /** Every API request first finds its session, user and memberships. */
  session: `select s.*, u.*, json_agg(json_build_object('organisationId', m.organisation_id, 'roles', m.roles)) as memberships
    from sessions s join users u on u.id = s.user_id left join memberships m on m.user_id = u.id
    where s.token_hash = $1 group by s.token_hash, u.id`,
  search: `select p.* from persons p
    where p.merged_into_id is null
      and (p.owner_organisation_id = $1 or p.id in (
        select r.person_id from referrals r left join consents c on c.id = r.consent_id
        where r.to_organisation_id = $1 and r.status in ('accepted', 'completed')
          and (r.consent_override_reason is not null or c.withdrawn_on is null)))
      and $2 <% p.name_key
    order by word_similarity($2, p.name_key) desc, p.family_name, p.id
    limit 50`,
  caseloadCases: `select c.id, c.kind, c.state, c.opened_on, c.updated_at, p.id as person_id, p.family_name, p.given_name,
      (select count(*)::int from case_tasks t where t.case_id = c.id and t.done_on is null and t.due_on < current_date) as overdue
    from cases c join persons p on p.id = c.person_id
    where c.worker_id = $1 and c.state <> 'closed'
    order by c.updated_at desc limit 500`,
  caseloadTasks: `select t.id, t.case_id, t.title, t.due_on, p.family_name, p.given_name
    from case_tasks t join cases c on c.id = t.case_id join persons p on p.id = c.person_id
    where c.worker_id = $1 and c.state <> 'closed' and t.done_on is null and t.due_on < current_date + 8
    order by t.due_on limit 200`,
  person: 'select * from persons where id = $1',
  personShares: `select r.to_organisation_id, r.shared_fields from referrals r left join consents c on c.id = r.consent_id
    where r.person_id = $1 and r.status in ('accepted', 'completed') and (r.consent_override_reason is not null or c.withdrawn_on is null)`,
  personLinks:
    'select l.*, p.family_name, p.given_name from person_links l join persons p on p.id = l.related_person_id where l.person_id = $1',
  personConsents: 'select * from consents where person_id = $1 order by given_on desc',
  personAssessments: 'select * from functioning_assessments where person_id = $1 order by assessed_on desc',
  personCases: 'select * from cases where person_id = $1 order by opened_on desc',
  personReferrals: 'select * from referrals where person_id = $1 order by created_at desc',
  recordService: [
    `insert into case_services (case_id, type, delivered_on, outcome) values ($1, 'home_visit', current_date, 'Visited')`,
    'update cases set updated_at = now() where id = $1',
  ],
};

export async function personPageFloor(pool: Pool, id: string) {
  await pool.query(floorSql.person, [id]);
  await Promise.all(
    [
      floorSql.personShares,
      floorSql.personLinks,
      floorSql.personConsents,
      floorSql.personAssessments,
      floorSql.personCases,
      floorSql.personReferrals,
    ].map((text) => pool.query(text, [id])),
  );
}

export async function recordServiceFloor(pool: Pool, caseId: string) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const text of floorSql.recordService) await client.query(text, [caseId]);
    await client.query('commit');
  } finally {
    client.release();
  }
}
