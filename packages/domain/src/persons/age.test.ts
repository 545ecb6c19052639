import { describe, expect, it } from 'vitest';
import { ageOn, isChild, protectedAsChild } from './age';

describe('age', () => {
  it.each([
    [{ birthDate: '2008-11-23' }, '2026-11-22', 17],
    [{ birthDate: '2008-11-22' }, '2026-11-22', 18],
    [{ birthYear: 2010 }, '2026-01-01', 16],
    [{}, '2026-01-01', null],
  ])('%j on %s is %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('protects a person of unknown age as a child', () => {
    expect(isChild({}, '2026-01-01')).toBe(true);
    expect(isChild({ birthDate: '1990-01-01' }, '2026-01-01')).toBe(false);
  });

  it.each([
    ['a child', { birthDate: '2010-05-01', inChildProtection: false }, true],
    ['an adult', { birthDate: '1990-05-01', inChildProtection: false }, false],
    ['a care leaver of eighteen', { birthDate: '2008-01-01', inChildProtection: true }, true],
    ['a care leaver of forty', { birthYear: 1986, inChildProtection: true }, true],
    ['a person of unknown age', { inChildProtection: false }, true],
  ])('protects %s as a child: %s', (_who, person, expected) => {
    expect(protectedAsChild(person, '2026-06-01')).toBe(expected);
  });
});
