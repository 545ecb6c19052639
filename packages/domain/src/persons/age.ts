/** A birth date when known, else a year; age is counted as of a day (ISO date). */
export type Birth = { birthDate?: string | null; birthYear?: number | null };

export function ageOn(birth: Birth, on: string): number | null {
  if (birth.birthDate) {
    const [by = 0, bm = 0, bd = 0] = birth.birthDate.split('-').map(Number);
    const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
    return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  }
  if (birth.birthYear) return Number(on.slice(0, 4)) - birth.birthYear;
  return null;
}

/** Under 18, or of unknown age: a record whose age is unknown is protected as a child's would be. */
export function isChild(birth: Birth, on: string): boolean {
  const age = ageOn(birth, on);
  return age === null || age < 18;
}

/** What decides whether a person is protected as a child: their birth, and any child-protection record. */
export type ProtectionFacts = Birth & { inChildProtection: boolean };

/**
 * Protected as a child: a child by age, or, whatever their age, anyone with a child-protection record (a care
 * placement, a child-protection or deinstitutionalisation case, a gatekeeping request). A care leaver's file
 * names the child they were, so it stays with the child-protection roles after eighteen.
 */
export function protectedAsChild(person: ProtectionFacts, on: string): boolean {
  return person.inChildProtection || isChild(person, on);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
