import type { Actor } from './actor';

/**
 * A policy is one readable rule per action on a kind of record. Anything not written here is denied:
 * `can` answers false for an action the policy does not name.
 */
export type Policy<Subject, Action extends string> = Record<
  Action,
  (actor: Actor, subject: Subject) => boolean
>;

export function can<Subject, Action extends string>(
  policy: Policy<Subject, Action>,
  actor: Actor,
  action: Action,
  subject: Subject,
): boolean {
  const rule = Object.hasOwn(policy, action) ? policy[action] : undefined;
  return rule ? rule(actor, subject) : false;
}

/** The abilities a client needs to hide what a user may not do with one record. */
export function abilities<Subject, Action extends string>(
  policy: Policy<Subject, Action>,
  actor: Actor,
  subject: Subject,
): Record<Action, boolean> {
  const result = {} as Record<Action, boolean>;
  for (const action of Object.keys(policy) as Action[]) result[action] = can(policy, actor, action, subject);
  return result;
}
