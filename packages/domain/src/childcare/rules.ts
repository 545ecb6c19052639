/**
 * The rules a child's placement, a carer's approval and the dates of the work keep. Zod-free and pure, so the
 * web app offers only what the server will take. A rule broken names the field it concerns, or none when the
 * request as a whole conflicts with the record, and a reason that is the message key's last part.
 */
import type { CarePlacementType, CarerKind, CarerState } from './vocabulary';

export type Refusal<Reason extends string = string> = { field: string | null; reason: Reason };

const refuse = <R extends string>(field: string | null, reason: R): Refusal<R> => ({ field, reason });

/** Work is recorded once it is done: a visit, a decision, a count or a step is never dated ahead of today. */
export const inFuture = (day: string, today: string) => day > today;

/**
 * Today in Bishkek (UTC+6 all year), the later of the two countries' days: a worker in Almaty or Osh entering
 * their own today just after midnight is never told it lies ahead.
 */
export const workToday = (now: Date = new Date()) =>
  new Date(now.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);

/**
 * A carer is assessed, then trained, then approved; an approved carer may be suspended and reinstated, and
 * anyone may leave the registry. Nothing goes back a step: a carer assessed again applies again.
 */
export const carerSteps: Readonly<Record<CarerState, readonly CarerState[]>> = {
  applied: ['assessed', 'withdrawn'],
  assessed: ['trained', 'withdrawn'],
  trained: ['approved', 'withdrawn'],
  approved: ['suspended', 'withdrawn'],
  suspended: ['approved', 'withdrawn'],
  withdrawn: [],
};

export type CarerRecord = {
  state: CarerState;
  assessedOn: string | null;
  trainedOn: string | null;
  approvedOn: string | null;
};

export type CarerStepRefusal = 'carerStepOrder' | 'inFuture' | 'beforePreviousStep';

/** Whether a carer may move to `next` on `on`: the next step in order, dated after the last one and not ahead. */
export function carerStepRefusal(
  carer: CarerRecord,
  next: CarerState,
  on: string,
  today: string,
): Refusal<CarerStepRefusal> | null {
  if (!carerSteps[carer.state].includes(next)) return refuse('state', 'carerStepOrder');
  if (inFuture(on, today)) return refuse('on', 'inFuture');
  const last = [carer.assessedOn, carer.trainedOn, carer.approvedOn]
    .filter((day): day is string => day !== null)
    .sort()
    .at(-1);
  if (last && on < last) return refuse('on', 'beforePreviousStep');
  return null;
}

/** A carer suspended or leaving the registry no longer cares for a child: each child placed needs a worker. */
export const stopsCaring = (state: CarerState) => state === 'suspended' || state === 'withdrawn';

/**
 * The carers a placement is made with. Foster care and guardianship are made with a carer of the registry;
 * kinship care, adoption and family-type homes may be (relatives are not always registered); a child going
 * home or to supported living has none.
 */
export const placementCarers: Readonly<
  Record<CarePlacementType, { kinds: readonly CarerKind[]; required: boolean }>
> = {
  family_reintegration: { kinds: [], required: false },
  kinship_care: { kinds: ['kinship_carer', 'guardian'], required: false },
  foster_care: { kinds: ['foster_family'], required: true },
  guardianship: { kinds: ['guardian'], required: true },
  adoption: { kinds: ['adoptive_family'], required: false },
  family_type_home: { kinds: ['family_type_home'], required: false },
  supported_independent_living: { kinds: [], required: false },
};

export type PlacementRefusal =
  | 'childAlreadyPlaced'
  | 'inFuture'
  | 'beforeCaseOpened'
  | 'noPlacementDecision'
  | 'carerRequired'
  | 'carerNotNeeded'
  | 'carerKindMismatch'
  | 'carerNotApproved'
  | 'carerFull';

export type PlacementRequest = {
  type: CarePlacementType;
  startedOn: string;
  today: string;
  caseOpenedOn: string;
  /** Whether the child already lives in a placement that has not ended, under any case. */
  openPlacement: boolean;
  /** The days placement decisions were recorded on the child's file. */
  decisions: readonly string[];
  /** When the case's last placement began: a new placement needs a decision taken after it. */
  lastPlacementOn: string | null;
  carer: { kind: CarerKind; state: CarerState; capacity: number; children: number } | null;
};

/**
 * A child lives in one placement at a time, begun within the case and not ahead of today, on a decision written
 * on the file before it began, with a carer of the right kind who is approved and has room.
 */
export function placementRefusal(p: PlacementRequest): Refusal<PlacementRefusal> | null {
  if (p.openPlacement) return refuse(null, 'childAlreadyPlaced');
  if (inFuture(p.startedOn, p.today)) return refuse('startedOn', 'inFuture');
  if (p.startedOn < p.caseOpenedOn) return refuse('startedOn', 'beforeCaseOpened');
  const decided = p.decisions.some(
    (day) => day <= p.startedOn && (p.lastPlacementOn === null || day > p.lastPlacementOn),
  );
  if (!decided) return refuse('type', 'noPlacementDecision');
  const carers = placementCarers[p.type];
  if (!p.carer) return carers.required ? refuse('carerId', 'carerRequired') : null;
  if (carers.kinds.length === 0) return refuse('carerId', 'carerNotNeeded');
  if (!carers.kinds.includes(p.carer.kind)) return refuse('carerId', 'carerKindMismatch');
  if (p.carer.state !== 'approved') return refuse('carerId', 'carerNotApproved');
  if (p.carer.children >= p.carer.capacity) return refuse('carerId', 'carerFull');
  return null;
}

export type DayRefusal =
  | 'inFuture'
  | 'beforeStart'
  | 'afterEnd'
  | 'beforeCaseOpened'
  | 'meetingBeforeRequest';

/** A visit falls while the child lives in the placement, and not ahead of today. */
export function visitDayRefusal(
  visitedOn: string,
  placement: { startedOn: string; endedOn: string | null },
  today: string,
): Refusal<DayRefusal> | null {
  if (inFuture(visitedOn, today)) return refuse('visitedOn', 'inFuture');
  if (visitedOn < placement.startedOn) return refuse('visitedOn', 'beforeStart');
  if (placement.endedOn && visitedOn > placement.endedOn) return refuse('visitedOn', 'afterEnd');
  return null;
}

/** A placement ends after it began and not ahead of today. */
export function endDayRefusal(endedOn: string, startedOn: string, today: string): Refusal<DayRefusal> | null {
  if (inFuture(endedOn, today)) return refuse('endedOn', 'inFuture');
  if (endedOn < startedOn) return refuse('endedOn', 'beforeStart');
  return null;
}

/** A commission decides at a meeting it has held, after the request came to it. */
export function decisionMeetingRefusal(
  heldOn: string,
  requestedOn: string,
  today: string,
): Refusal<DayRefusal> | null {
  if (inFuture(heldOn, today)) return refuse('meetingId', 'inFuture');
  if (heldOn < requestedOn) return refuse('meetingId', 'meetingBeforeRequest');
  return null;
}

/**
 * What is written on a child's file falls within the case: a record or a step of the transition plan is not
 * dated before the case opened, and what was done (a record, a step done) not ahead of today.
 */
export function caseDayRefusal(
  field: string,
  day: string,
  caseOpenedOn: string,
  today: string,
  done: boolean,
): Refusal<DayRefusal> | null {
  if (done && inFuture(day, today)) return refuse(field, 'inFuture');
  if (day < caseOpenedOn) return refuse(field, 'beforeCaseOpened');
  return null;
}
