import { describe, expect, it } from 'vitest';
import {
  type CarerRecord,
  carerStepRefusal,
  caseDayRefusal,
  decisionMeetingRefusal,
  endDayRefusal,
  type PlacementRequest,
  placementRefusal,
  stopsCaring,
  visitDayRefusal,
} from './rules';
import type { CarerState } from './vocabulary';

const today = '2026-06-15';

describe('a carer’s approval', () => {
  const applied: CarerRecord = { state: 'applied', assessedOn: null, trainedOn: null, approvedOn: null };
  it.each([
    ['applied', 'assessed', null],
    ['applied', 'approved', 'carerStepOrder'],
    ['applied', 'trained', 'carerStepOrder'],
    ['assessed', 'trained', null],
    ['assessed', 'approved', 'carerStepOrder'],
    ['trained', 'approved', null],
    ['approved', 'suspended', null],
    ['approved', 'applied', 'carerStepOrder'],
    ['approved', 'assessed', 'carerStepOrder'],
    ['suspended', 'approved', null],
    ['suspended', 'withdrawn', null],
    ['trained', 'withdrawn', null],
    ['withdrawn', 'approved', 'carerStepOrder'],
    ['withdrawn', 'applied', 'carerStepOrder'],
  ] as [CarerState, CarerState, string | null][])('%s → %s: %s', (from, to, reason) => {
    expect(carerStepRefusal({ ...applied, state: from }, to, '2026-06-01', today)?.reason ?? null).toBe(
      reason,
    );
  });

  it('dates each step after the one before it, and not ahead of today', () => {
    const assessed = { ...applied, state: 'assessed' as const, assessedOn: '2026-05-10' };
    expect(carerStepRefusal(assessed, 'trained', '2026-05-01', today)).toEqual({
      field: 'on',
      reason: 'beforePreviousStep',
    });
    expect(carerStepRefusal(assessed, 'trained', '2026-06-16', today)).toEqual({
      field: 'on',
      reason: 'inFuture',
    });
    expect(carerStepRefusal(assessed, 'trained', '2026-05-10', today)).toBeNull();
  });

  it('leaves the children placed with a suspended or withdrawn carer to a worker', () => {
    expect(stopsCaring('suspended')).toBe(true);
    expect(stopsCaring('withdrawn')).toBe(true);
    expect(stopsCaring('approved')).toBe(false);
  });
});

describe('a placement', () => {
  const foster = { kind: 'foster_family' as const, state: 'approved' as const, capacity: 2, children: 1 };
  const base: PlacementRequest = {
    type: 'foster_care',
    startedOn: '2026-03-01',
    today,
    caseOpenedOn: '2026-01-15',
    openPlacement: false,
    decisions: ['2026-02-20'],
    lastPlacementOn: null,
    carer: foster,
  };
  const reason = (changes: Partial<PlacementRequest>) => placementRefusal({ ...base, ...changes });

  it('is made on a decision, with an approved carer of the right kind who has room', () => {
    expect(reason({})).toBeNull();
  });

  it.each([
    ['the child lives in another placement', { openPlacement: true }, null, 'childAlreadyPlaced'],
    ['it starts ahead of today', { startedOn: '2026-06-16' }, 'startedOn', 'inFuture'],
    ['it starts before the case opened', { startedOn: '1900-01-01' }, 'startedOn', 'beforeCaseOpened'],
    ['no decision is written on the file', { decisions: [] }, 'type', 'noPlacementDecision'],
    ['the decision comes after it starts', { decisions: ['2026-03-02'] }, 'type', 'noPlacementDecision'],
    [
      'the only decision was for the last placement',
      { lastPlacementOn: '2026-02-25' },
      'type',
      'noPlacementDecision',
    ],
    ['foster care has no carer', { carer: null }, 'carerId', 'carerRequired'],
    ['guardianship has no carer', { type: 'guardianship', carer: null }, 'carerId', 'carerRequired'],
    [
      'a guardian is named for foster care',
      { carer: { ...foster, kind: 'guardian' } },
      'carerId',
      'carerKindMismatch',
    ],
    ['a foster family is named for guardianship', { type: 'guardianship' }, 'carerId', 'carerKindMismatch'],
    [
      'a carer is named for a child going home',
      { type: 'family_reintegration' },
      'carerId',
      'carerNotNeeded',
    ],
    [
      'the carer is not approved yet',
      { carer: { ...foster, state: 'trained' } },
      'carerId',
      'carerNotApproved',
    ],
    ['the carer is suspended', { carer: { ...foster, state: 'suspended' } }, 'carerId', 'carerNotApproved'],
    ['the carer has no room', { carer: { ...foster, children: 2 } }, 'carerId', 'carerFull'],
  ] as [string, Partial<PlacementRequest>, string | null, string][])(
    'is refused when %s',
    (_, changes, field, why) => {
      expect(reason(changes)).toEqual({ field, reason: why });
    },
  );

  it('takes kinship care, adoption and a family-type home with or without a registered carer', () => {
    expect(reason({ type: 'kinship_care', carer: null })).toBeNull();
    expect(reason({ type: 'kinship_care', carer: { ...foster, kind: 'kinship_carer' } })).toBeNull();
    expect(reason({ type: 'adoption', carer: null })).toBeNull();
    expect(reason({ type: 'family_type_home', carer: { ...foster, kind: 'family_type_home' } })).toBeNull();
    expect(reason({ type: 'family_reintegration', carer: null })).toBeNull();
  });

  it('takes a new decision for a new placement after a breakdown', () => {
    expect(reason({ lastPlacementOn: '2026-02-25', decisions: ['2026-02-20', '2026-02-28'] })).toBeNull();
  });
});

describe('the days of the work', () => {
  const placement = { startedOn: '2026-03-01', endedOn: null };
  it('dates a visit while the child lives in the placement, not ahead of today', () => {
    expect(visitDayRefusal('2026-04-01', placement, today)).toBeNull();
    expect(visitDayRefusal('2026-06-16', placement, today)?.reason).toBe('inFuture');
    expect(visitDayRefusal('2026-02-28', placement, today)?.reason).toBe('beforeStart');
    expect(visitDayRefusal('2026-05-02', { ...placement, endedOn: '2026-05-01' }, today)?.reason).toBe(
      'afterEnd',
    );
  });

  it('ends a placement after it began and not ahead of today', () => {
    expect(endDayRefusal('2026-05-01', '2026-03-01', today)).toBeNull();
    expect(endDayRefusal('2026-06-16', '2026-03-01', today)?.reason).toBe('inFuture');
    expect(endDayRefusal('2026-02-01', '2026-03-01', today)?.reason).toBe('beforeStart');
  });

  it('decides at a meeting held after the request came, never at one still to come', () => {
    expect(decisionMeetingRefusal('2026-03-20', '2026-03-01', today)).toBeNull();
    expect(decisionMeetingRefusal('2026-07-01', '2026-03-01', today)).toEqual({
      field: 'meetingId',
      reason: 'inFuture',
    });
    expect(decisionMeetingRefusal('2026-02-15', '2026-03-01', today)?.reason).toBe('meetingBeforeRequest');
  });

  it('keeps a file’s records and steps within the case, and what was done not ahead of today', () => {
    expect(caseDayRefusal('dueOn', '2026-01-10', '2026-01-15', today, false)).toEqual({
      field: 'dueOn',
      reason: 'beforeCaseOpened',
    });
    expect(caseDayRefusal('dueOn', '2026-09-01', '2026-01-15', today, false)).toBeNull();
    expect(caseDayRefusal('doneOn', '2026-09-01', '2026-01-15', today, true)?.reason).toBe('inFuture');
    expect(caseDayRefusal('doneOn', '2026-06-15', '2026-01-15', today, true)).toBeNull();
  });
});
