import { type Actor, hasRoleIn, organisationsWithRole } from '../access/actor';
import type { Policy } from '../access/policy';

export type ArticleSubject = { organisationId: string; status: string };

const writers = ['expert', 'coordinator', 'administrator'] as const;
const writes = (actor: Actor, a: ArticleSubject) => hasRoleIn(actor, a.organisationId, ...writers);

/** Published articles are public; drafts and archived ones, and every change, stay with the writing organisation. */
export const articlePolicy = {
  read: (actor: Actor, a: ArticleSubject) => a.status === 'published' || writes(actor, a),
  edit: writes,
} satisfies Policy<ArticleSubject, string>;

export function mayWriteArticles(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, ...writers);
}

export function articleWriterScope(actor: Actor): string[] {
  return organisationsWithRole(actor, ...writers);
}
