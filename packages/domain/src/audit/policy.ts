import { type Actor, hasRoleAnywhere, organisationsWithRole } from '../access/actor';

/** Administrators read the trail of their own organisations; the platform administrator reads all of it. */
export function mayViewAudit(actor: Actor): boolean {
  return actor.platformAdmin || hasRoleAnywhere(actor, 'administrator');
}

/** The organisations whose audit entries the actor may read, or 'all'. */
export function auditScope(actor: Actor): 'all' | string[] {
  return actor.platformAdmin ? 'all' : organisationsWithRole(actor, 'administrator');
}
