import type { Pool } from 'pg';

/** Whose candidates: an employer's staff see consented adults; a case worker the persons of their organisation. */
export type CandidateScope = { employer: true } | { organisationId: string };

const consentedAdults = `jp.consent_given_on is not null and jp.consent_withdrawn_on is null
  and p.merged_into_id is null
  and ((p.birth_date is not null and p.birth_date <= current_date - interval '18 years')
    or (p.birth_date is null and p.birth_year <= extract(year from current_date)::int - 18))`;
const ownPersons = `p.merged_into_id is null and p.id in (
  select id from persons where owner_organisation_id = $7
  union select r.person_id from referrals r left join consents c on c.id = r.consent_id
  where r.to_organisation_id = $7 and r.status in ('accepted', 'completed')
    and (r.consent_override_reason is not null or c.withdrawn_on is null))`;

/**
 * The candidates a careful engineer would rank by hand: the same pre-filter as Birge (scope, not at work, a
 * reachable region or transport, no essential accommodation lacking) and a score close to the domain's, best
 * twenty first, with the total. $1 region chain, $2 essentials lacking, $3 skills, $4 hours, $5 offered,
 * $6 sector, and for a case worker $7 their organisation.
 */
function rankedSql(scope: CandidateScope, transport: boolean) {
  return `select jp.id, jp.person_id, jp.education, jp.skills, jp.experience, jp.sectors, jp.hours, jp.region_ids,
      jp.accommodations_needed, jp.readiness, jp.consent_given_on, jp.show_contacts, jp.show_functioning,
      p.family_name, p.given_name, p.phones, p.functional_difficulty,
      (35 * cardinality(array(select unnest(jp.skills) intersect select unnest($3::text[])))
          / greatest(cardinality($3::text[]), 1)
        + case when cardinality(jp.region_ids) = 0 then 10 when jp.region_ids && $1::uuid[] then 20 else 10 end
        + case when $4 = 'flexible' or $4 = any(jp.hours) then 15 else 0 end
        + case when cardinality(jp.accommodations_needed) = 0 then 20
            else 20 * cardinality(array(select unnest(jp.accommodations_needed) intersect select unnest($5::text[])))
              / cardinality(jp.accommodations_needed) end
        + case when $6 = any(jp.sectors) then 10 else 0 end) as score,
      count(*) over () as total
    from job_seeker_profiles jp join persons p on p.id = jp.person_id
    where ${'employer' in scope ? consentedAdults : ownPersons} and jp.readiness <> 'working'
      ${transport ? '' : 'and (cardinality(jp.region_ids) = 0 or jp.region_ids && $1::uuid[])'}
      and not jp.accommodations_needed && $2::text[]
    order by score desc, jp.id limit 21`;
}

const regionChainSql = `with recursive chain(id, parent_id) as (
    select id, parent_id from regions where id = $1
    union all select r.id, r.parent_id from regions r join chain c on r.id = c.parent_id)
  select id from chain`;

type Vacancy = {
  region_id: string;
  skills: string[];
  hours: string;
  sector: string | null;
  accommodations_offered: string[];
};

/** The vacancy, its region's chain, and the best candidates for it. */
export async function candidatesFloor(pool: Pool, vacancyId: string, scope: CandidateScope) {
  const {
    rows: [vacancy],
  } = await pool.query<Vacancy>('select * from vacancies where id = $1', [vacancyId]);
  if (!vacancy) throw new Error(`no vacancy ${vacancyId}`);
  const chain = (await pool.query<{ id: string }>(regionChainSql, [vacancy.region_id])).rows.map((r) => r.id);
  const offered = vacancy.accommodations_offered;
  const lacking = ['accessible_workplace', 'sign_language'].filter((a) => !offered.includes(a));
  return pool.query(rankedSql(scope, offered.includes('transport')), [
    chain,
    lacking,
    vacancy.skills,
    vacancy.hours,
    offered,
    vacancy.sector,
    ...('employer' in scope ? [] : [scope.organisationId]),
  ]);
}
