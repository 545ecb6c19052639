import { type Actor, organisationsWithRole } from '../access/actor';
import type { Role } from '../access/roles';
import type { IndicatorDefinition, SimpleDefinition } from './definition';

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

/** The definition counting only within the given organisations, whatever organisations it names itself. */
export function definitionWithin(
  definition: IndicatorDefinition,
  organisationIds: readonly string[],
): IndicatorDefinition {
  const narrow = (simple: SimpleDefinition): SimpleDefinition => {
    const named = simple.filters?.organisationIds;
    const within = named ? named.filter((id) => organisationIds.includes(id)) : [...organisationIds];
    return { ...simple, filters: { ...simple.filters, organisationIds: within } };
  };
  return definition.measure === 'ratio'
    ? { ...definition, numerator: narrow(definition.numerator), denominator: narrow(definition.denominator) }
    : narrow(definition);
}
