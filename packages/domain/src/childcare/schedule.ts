import { addMonths, daysBetween } from '../calendar';
/** The months after a placement's start at which a worker visits the child, unless the plan says otherwise. */
export const defaultVisitMonths = [1, 3, 6, 12] as const;

/** The visits a placement starting on `start` is due, in order, one per month of the schedule. */
export function visitSchedule(
  start: string,
  months: readonly number[] = defaultVisitMonths,
): { month: number; dueOn: string }[] {
  return [...new Set(months)]
    .sort((a, b) => a - b)
    .map((month) => ({ month, dueOn: addMonths(start, month) }));
}

export type VisitStatus = 'done' | 'overdue' | 'due' | 'planned';

/** How soon before its day a visit shows as due. */
const dueWindowDays = 14;

/** A visit is done once recorded; otherwise overdue after its day, due in the two weeks before it. */
export function visitStatus(visit: { dueOn: string; visitedOn: string | null }, today: string): VisitStatus {
  if (visit.visitedOn) return 'done';
  if (visit.dueOn < today) return 'overdue';
  return daysBetween(today, visit.dueOn) <= dueWindowDays ? 'due' : 'planned';
}

/**
 * Who a concern goes to: the case's worker and its supervisor, once each. A case with no supervisor named (one
 * opened through the API) sends it to every supervisor of the organisation who works with children instead, so
 * a concern never rests with the worker alone.
 */
export function escalationRecipients(
  concerns: boolean,
  assigned: { workerId: string | null; supervisorId: string | null },
  organisationSupervisors: readonly string[],
): string[] {
  if (!concerns) return [];
  const supervisors = assigned.supervisorId ? [assigned.supervisorId] : organisationSupervisors;
  return [...new Set([assigned.workerId, ...supervisors].filter((id): id is string => id !== null))];
}
