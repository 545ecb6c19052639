import { type Actor, organisationsWithRole } from '../access/actor';
import type { Role } from '../access/roles';
import type { IndicatorDefinition, SimpleDefinition } from './definition';
import type { DefinitionProblem } from './validate';

/** Every role that does the work or reports on it; `viewer` only reads, `child_protection` only widens another role. */
const previewRoles: Role[] = [
  'administrator',
  'coordinator',
  'case_worker',
  'expert',
  'monitor',
  'grants_manager',
  'network_secretariat',
];

/**
 * Whose work a preview of an indicator counts for this actor: the organisations where they hold a working
 * role, or everyone's (null) for a platform administrator. An empty list means no preview at all.
 *
 * A definition is any query the author types, and a count answers yes or no about whoever matches its
 * filters: "persons registered, female, 5–17, disability yes, in this district, tagged X" is one child. Across
 * every organisation, anyone signed in could probe who is on another organisation's books one filter at a
 * time. Within their own organisations the author learns only figures of their own work, which their roles
 * already show them. Other organisations' figures reach a reader through the dashboards of programmes they
 * take part in, where the programme's suppression threshold applies.
 */
export function indicatorPreviewScope(actor: Actor): string[] | null {
  if (actor.platformAdmin) return null;
  return organisationsWithRole(actor, ...previewRoles);
}

/** The definition with each side changed alike: a ratio's numerator and denominator, or the one simple side. */
function eachSide(
  definition: IndicatorDefinition,
  change: (simple: SimpleDefinition) => SimpleDefinition,
): IndicatorDefinition {
  return definition.measure === 'ratio'
    ? { ...definition, numerator: change(definition.numerator), denominator: change(definition.denominator) }
    : change(definition);
}

function narrowed(simple: SimpleDefinition, organisationIds: readonly string[]): SimpleDefinition {
  const named = simple.filters?.organisationIds;
  const within = named ? named.filter((id) => organisationIds.includes(id)) : [...organisationIds];
  return { ...simple, filters: { ...simple.filters, organisationIds: within } };
}

/** The definition counting only within the given organisations, whatever organisations it names itself. */
export function definitionWithin(
  definition: IndicatorDefinition,
  organisationIds: readonly string[],
): IndicatorDefinition {
  return eachSide(definition, (simple) => narrowed(simple, organisationIds));
}

/**
 * The organisations a programme's indicators count the work of: those taking part in it — the owner, the
 * participants and, for a network's programme, the network's members, who read it — and that network.
 */
export type CountingScope = { organisationIds: readonly string[]; networkId: string | null };

/**
 * Where a definition of a programme's indicator reaches past the programme's organisations: each organisation
 * or network it names outside them, with the path of the field. A definition is a free query, and a programme's
 * managers see its small cells; counting another organisation's registry would let them probe it one filter at
 * a time, restricted sources included, as the preview's rule explains.
 */
export function scopeProblems(definition: IndicatorDefinition, scope: CountingScope): DefinitionProblem[] {
  const sideProblems = (simple: SimpleDefinition, prefix: string): DefinitionProblem[] => {
    const { organisationIds = [], networkId } = simple.filters ?? {};
    const outside: DefinitionProblem[] = organisationIds
      .filter((id) => !scope.organisationIds.includes(id))
      .map((id) => ({
        path: `${prefix}filters.organisationIds`,
        code: 'organisation_outside_programme' as const,
        value: id,
      }));
    if (networkId && networkId !== scope.networkId)
      outside.push({
        path: `${prefix}filters.networkId`,
        code: 'network_outside_programme',
        value: networkId,
      });
    return outside;
  };
  return definition.measure === 'ratio'
    ? [
        ...sideProblems(definition.numerator, 'numerator.'),
        ...sideProblems(definition.denominator, 'denominator.'),
      ]
    : sideProblems(definition, '');
}

/**
 * The definition as a programme computes it: within the programme's organisations, whatever it names (a
 * definition saved before an organisation left the programme counts no more of that organisation's work).
 * A side already confined to them — to the programme's network, or to organisations all inside — is kept as it
 * is, so the source's own index on the organisation serves it alone.
 */
export function definitionInScope(
  definition: IndicatorDefinition,
  scope: CountingScope,
): IndicatorDefinition {
  return eachSide(definition, (simple) => {
    const { organisationIds, networkId } = simple.filters ?? {};
    if (organisationIds?.every((id) => scope.organisationIds.includes(id))) return simple;
    if (!organisationIds && scope.networkId !== null && networkId === scope.networkId) return simple;
    return narrowed(simple, scope.organisationIds);
  });
}
