import { describe, expect, it } from 'vitest';
import { type MatchProfile, type MatchVacancy, matchCandidate, rankCandidates } from './matching';

const bishkek = 'region-bishkek';
const chui = 'region-chui';
const osh = 'region-osh';

const seeker = (more: Partial<MatchProfile> = {}): MatchProfile => ({
  skills: ['baking', 'customer_service'],
  regionIds: [bishkek],
  hours: ['part_time'],
  sectors: ['food'],
  accommodationsNeeded: [],
  ...more,
});
const bakery = (more: Partial<MatchVacancy> = {}): MatchVacancy => ({
  skills: ['baking', 'customer_service'],
  regionIds: [bishkek],
  hours: 'part_time',
  sector: 'food',
  accommodationsOffered: ['flexible_hours', 'job_coach'],
  ...more,
});
const factor = (m: ReturnType<typeof matchCandidate>, name: string) => m.parts.find((p) => p.factor === name);

describe('matching a job seeker to a vacancy', () => {
  it('gives a full score, every part explained, to a seeker who fits in every way', () => {
    const match = matchCandidate(seeker(), bakery());
    expect(match).toMatchObject({ score: 100, excluded: false, exclusions: [] });
    expect(match.parts.map((p) => [p.factor, p.points, p.max, p.message])).toEqual([
      ['skills', 35, 35, 'employment.match.skills.all'],
      ['place', 20, 20, 'employment.match.place.reachable'],
      ['hours', 15, 15, 'employment.match.hours.fit'],
      ['accommodations', 20, 20, 'employment.match.accommodations.noneNeeded'],
      ['wishes', 10, 10, 'employment.match.wishes.fit'],
    ]);
  });

  it('scores skills by the share of required skills the seeker has, naming the missing ones', () => {
    const match = matchCandidate(seeker({ skills: ['Baking'] }), bakery());
    expect(factor(match, 'skills')).toEqual({
      factor: 'skills',
      points: 18,
      max: 35,
      message: 'employment.match.skills.some',
      values: { matched: 1, required: 2 },
      items: ['customer_service'],
    });
    expect(factor(matchCandidate(seeker(), bakery({ skills: [] })), 'skills')?.message).toBe(
      'employment.match.skills.noneRequired',
    );
  });

  it('counts a workplace in a region the seeker reaches, at any level of the region', () => {
    const inDistrict = bakery({ regionIds: ['district-alamedin', chui] });
    expect(factor(matchCandidate(seeker({ regionIds: [chui] }), inDistrict), 'place')?.points).toBe(20);
    expect(factor(matchCandidate(seeker({ regionIds: [] }), inDistrict), 'place')).toMatchObject({
      points: 10,
      message: 'employment.match.place.unknown',
    });
  });

  it('excludes a workplace the seeker cannot reach, unless the employer brings them', () => {
    const far = matchCandidate(seeker(), bakery({ regionIds: [osh] }));
    expect(far.excluded).toBe(true);
    expect(far.exclusions).toEqual([{ message: 'employment.exclusion.unreachable', values: {}, items: [] }]);
    expect(factor(far, 'place')).toBeUndefined();
    const driven = matchCandidate(
      seeker(),
      bakery({ regionIds: [osh], accommodationsOffered: ['transport'] }),
    );
    expect(driven.excluded).toBe(false);
    expect(factor(driven, 'place')).toMatchObject({
      points: 10,
      message: 'employment.match.place.transport',
    });
  });

  it('scores hours: a fit, flexible hours offered, or a mismatch', () => {
    expect(factor(matchCandidate(seeker({ hours: ['full_time'] }), bakery()), 'hours')).toMatchObject({
      points: 8,
      message: 'employment.match.hours.adjustable',
      values: { hours: 'part_time' },
    });
    const rigid = bakery({ accommodationsOffered: [] });
    expect(factor(matchCandidate(seeker({ hours: ['full_time'] }), rigid), 'hours')).toMatchObject({
      points: 0,
      message: 'employment.match.hours.mismatch',
    });
    expect(factor(matchCandidate(seeker({ hours: [] }), rigid), 'hours')?.message).toBe(
      'employment.match.hours.unknown',
    );
    expect(
      factor(matchCandidate(seeker({ hours: ['full_time'] }), bakery({ hours: 'flexible' })), 'hours')
        ?.points,
    ).toBe(15);
  });

  it('scores the accommodations offered out of those needed, naming those missing', () => {
    const match = matchCandidate(
      seeker({ accommodationsNeeded: ['job_coach', 'assistive_technology'] }),
      bakery(),
    );
    expect(match.excluded).toBe(false);
    expect(factor(match, 'accommodations')).toEqual({
      factor: 'accommodations',
      points: 10,
      max: 20,
      message: 'employment.match.accommodations.some',
      values: { offered: 1, needed: 2 },
      items: ['assistive_technology'],
    });
    expect(
      factor(matchCandidate(seeker({ accommodationsNeeded: ['job_coach'] }), bakery()), 'accommodations'),
    ).toMatchObject({
      points: 20,
      message: 'employment.match.accommodations.all',
      items: ['job_coach'],
    });
  });

  it('excludes a vacancy that cannot offer sign-language interpretation or a step-free workplace to who needs it', () => {
    const match = matchCandidate(
      seeker({ accommodationsNeeded: ['sign_language', 'accessible_workplace'] }),
      bakery(),
    );
    expect(match.excluded).toBe(true);
    expect(match.exclusions).toEqual([
      {
        message: 'employment.exclusion.accommodation',
        values: { accommodation: 'sign_language' },
        items: ['sign_language'],
      },
      {
        message: 'employment.exclusion.accommodation',
        values: { accommodation: 'accessible_workplace' },
        items: ['accessible_workplace'],
      },
    ]);
    const offered = bakery({ accommodationsOffered: ['sign_language', 'accessible_workplace'] });
    expect(
      matchCandidate(seeker({ accommodationsNeeded: ['sign_language', 'accessible_workplace'] }), offered)
        .excluded,
    ).toBe(false);
  });

  it('scores the wished sector: wished, open to any, or another', () => {
    expect(factor(matchCandidate(seeker({ sectors: ['it'] }), bakery()), 'wishes')).toMatchObject({
      points: 0,
      message: 'employment.match.wishes.other',
      values: { sector: 'food' },
    });
    expect(factor(matchCandidate(seeker({ sectors: [] }), bakery()), 'wishes')).toMatchObject({
      points: 5,
      message: 'employment.match.wishes.open',
    });
  });

  it('ranks candidates best first and the excluded last', () => {
    const ranked = rankCandidates([
      { id: 'far', match: matchCandidate(seeker(), bakery({ regionIds: [osh] })) },
      { id: 'partial', match: matchCandidate(seeker({ skills: [] }), bakery()) },
      { id: 'best', match: matchCandidate(seeker(), bakery()) },
    ]);
    expect(ranked.map((c) => c.id)).toEqual(['best', 'partial', 'far']);
  });
});
