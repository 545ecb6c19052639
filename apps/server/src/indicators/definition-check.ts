import { networks, organisations, programmes, type Queryable, regions } from '@birge/db';
import {
  type CountingScope,
  definitionProblems,
  type IndicatorDefinition,
  type IndicatorFilters,
  type SimpleDefinition,
  scopeProblems,
} from '@birge/domain';
import { inArray } from 'drizzle-orm';
import { AppError } from '../http/app-error';
import type { MessageKey } from '../i18n/translate';
import { indicatorSources } from './sources';

type Problem = { path: string; code: string; value?: string | undefined };

const sidesOf = (definition: IndicatorDefinition): [string, SimpleDefinition][] =>
  definition.measure === 'ratio'
    ? [
        ['numerator.', definition.numerator],
        ['denominator.', definition.denominator],
      ]
    : [['', definition]];

/** The records a definition's filters name by id, each kind with the table that holds them. */
const referenced = {
  organisation: { field: 'organisationIds', table: organisations },
  region: { field: 'regionIds', table: regions },
  network: { field: 'networkId', table: networks },
  programme: { field: 'programmeId', table: programmes },
} as const;

const idsIn = (filters: IndicatorFilters | undefined, field: keyof IndicatorFilters): string[] => {
  const value = filters?.[field];
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
};

/** Every id the filters name that no record has: a filter on nothing would count nothing, silently. */
async function unknownReferences(db: Queryable, definition: IndicatorDefinition): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [kind, { field, table }] of Object.entries(referenced)) {
    const named = sidesOf(definition).flatMap(([prefix, side]) =>
      idsIn(side.filters, field).map((id) => ({ path: `${prefix}filters.${field}`, id })),
    );
    if (named.length === 0) continue;
    const ids = [...new Set(named.map((n) => n.id))];
    const found = new Set(
      (await db.select({ id: table.id }).from(table).where(inArray(table.id, ids))).map((r) => r.id),
    );
    for (const n of named.filter((n) => !found.has(n.id)))
      problems.push({ path: n.path, code: `unknown_${kind}`, value: n.id });
  }
  return problems;
}

/** An organisation outside the programme named by its name, which the reader knows it by. */
async function namedOutside(db: Queryable, problems: Problem[]): Promise<Problem[]> {
  const ids = problems.filter((p) => p.code === 'organisation_outside_programme').map((p) => p.value ?? '');
  if (ids.length === 0) return problems;
  const names = new Map(
    (
      await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, ids))
    ).map((o) => [o.id, o.name]),
  );
  return problems.map((p) =>
    p.code === 'organisation_outside_programme' ? { ...p, value: names.get(p.value ?? '') ?? p.value } : p,
  );
}

/**
 * Refuses a definition that does not fit the registered sources, names records that do not exist, or — for a
 * programme's indicator — reaches past the programme's organisations: 400 with each broken field marked, under
 * `field` (the body's name for the definition). Stored definitions are not checked again when computed: a
 * source removed since gives null values, and the programme's scope is applied again then.
 */
export async function assertDefinitionFits(
  db: Queryable,
  definition: IndicatorDefinition,
  options: { field?: string; scope?: CountingScope } = {},
): Promise<void> {
  const field = options.field ?? 'definition';
  const problems: Problem[] = [
    ...definitionProblems(definition, indicatorSources),
    ...(options.scope ? await namedOutside(db, scopeProblems(definition, options.scope)) : []),
    // Last, so that an id nobody has is reported as such rather than as outside the programme.
    ...(await unknownReferences(db, definition)),
  ];
  if (problems.length === 0) return;
  throw new AppError(
    400,
    'errors.validation',
    undefined,
    Object.fromEntries(
      problems.map((p) => [
        `${field}.${p.path}`,
        { key: `indicators.${p.code}` as MessageKey, params: { value: p.value ?? '' } },
      ]),
    ),
  );
}
