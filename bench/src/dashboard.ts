import type { IndicatorDefinition } from '@birge/domain';

type Headers = Record<string, string>;
type Query = (text: string, params: unknown[]) => Promise<unknown>;

/** The programme the benchmark reads: five years of a national network's work, counted per year. */
export function benchProgrammeSpan(now = new Date()) {
  const year = now.getUTCFullYear();
  return { startDate: `${year - 4}-01-01`, endDate: `${year}-12-31`, until: `${year + 1}-01-01` };
}

const words = (en: string) => ({ ky: en, kk: en, ru: en, en });

/** What a national programme of disability inclusion counts, each over the network's own records. */
function benchIndicators(networkId: string): [string, IndicatorDefinition][] {
  const filters = { networkId };
  return [
    ['Persons registered', { measure: 'count', source: 'persons.registered', filters }],
    [
      'Persons with a functional difficulty',
      {
        measure: 'distinct_persons',
        source: 'assessments.recorded',
        filters: { ...filters, disability: ['yes'] },
      },
    ],
    ['Cases opened', { measure: 'count', source: 'cases.opened', filters }],
    ['Services delivered', { measure: 'count', source: 'services.delivered', filters }],
    ['Questions asked', { measure: 'count', source: 'consultations.asked', filters }],
  ];
}

async function post(url: string, headers: Headers, path: string, body: unknown): Promise<{ id: string }> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** Builds the programme through the API, as a programme manager would: a goal, an outcome, an output, five indicators. */
export async function createBenchProgramme(
  url: string,
  headers: Headers,
  scope: { ownerOrganisationId: string; networkId: string },
): Promise<string> {
  const { startDate, endDate } = benchProgrammeSpan();
  const programme = await post(url, headers, '/api/programmes', {
    title: words('National disability inclusion'),
    description: words(''),
    ownerOrganisationId: scope.ownerOrganisationId,
    networkId: scope.networkId,
    status: 'implementation',
    startDate,
    endDate,
    currency: 'KGS',
  });
  let parentId: string | null = null;
  for (const [level, code] of [
    ['goal', 'G'],
    ['outcome', '1'],
    ['output', '1.1'],
  ] as const) {
    const result: { id: string } = await post(url, headers, `/api/programmes/${programme.id}/results`, {
      parentId,
      level,
      code,
      title: words(`Result ${code}`),
    });
    parentId = result.id;
  }
  for (const [index, [title, definition]] of benchIndicators(scope.networkId).entries()) {
    await post(url, headers, `/api/results/${parentId}/indicators`, {
      code: `1.1.${index + 1}`,
      title: words(title),
      unit: 'persons',
      definition,
      targets: [{ periodStart: startDate, periodEnd: benchProgrammeSpan().until, value: 1000 }],
    });
  }
  return programme.id;
}

const inNetwork = (column: string) =>
  `${column} in (select organisation_id from network_members where network_id = $1)`;
const localDay = (column: string) => `((${column} at time zone interval '+06:00')::date)`;
const yearly = (day: string) => `date_part('year', ${day})::int`;

/**
 * The same five values a careful engineer would compute by hand: per year and over the whole span, one
 * statement an indicator, with the programme's indicators and targets read first.
 */
export const dashboardFloorSql = {
  indicators: 'select * from indicators where programme_id = $1 order by position, code',
  targets: 'select * from indicator_targets where indicator_id = any($1)',
  values: [
    `select ${yearly('d')} as year, count(*) from (select ${localDay('created_at')} as d from persons
      where merged_into_id is null and ${inNetwork('owner_organisation_id')}) x
      where d >= $2 and d < $3 group by rollup(1)`,
    `select ${yearly('assessed_on')} as year, count(distinct person_id) from functioning_assessments
      where functional_difficulty = 'yes' and ${inNetwork('organisation_id')} and assessed_on >= $2 and assessed_on < $3
      group by rollup(1)`,
    `select ${yearly('opened_on')} as year, count(*) from cases
      where ${inNetwork('organisation_id')} and opened_on >= $2 and opened_on < $3 group by rollup(1)`,
    `select ${yearly('s.delivered_on')} as year, count(*) from case_services s join cases c on c.id = s.case_id
      where ${inNetwork('coalesce(s.provider_organisation_id, c.organisation_id)')}
        and s.delivered_on >= $2 and s.delivered_on < $3 group by rollup(1)`,
    `select ${yearly('d')} as year, count(*) from (select ${localDay('asked_at')} as d from consultations
      where ${inNetwork('organisation_id')}) x where d >= $2 and d < $3 group by rollup(1)`,
  ],
};

export async function dashboardFloor(query: Query, programmeId: string, networkId: string) {
  const { startDate, until } = benchProgrammeSpan();
  const found = (await query(dashboardFloorSql.indicators, [programmeId])) as { rows: { id: string }[] };
  const ids = found.rows.map((row) => row.id);
  await query(dashboardFloorSql.targets, [ids]);
  // Three at a time, as Birge computes a dashboard's indicators.
  const { values } = dashboardFloorSql;
  await Promise.all(
    [0, 1, 2].map(async (lane) => {
      for (let i = lane; i < values.length; i += 3)
        await query(values[i] ?? '', [networkId, startDate, until]);
    }),
  );
}
