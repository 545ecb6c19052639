/** A profile's consent to be shown to employers, as stored. */
export type EmployerConsent = {
  consentGivenOn: string | null;
  consentWithdrawnOn: string | null;
  showContacts: boolean;
  showFunctioning: boolean;
};

export function consentInForce(profile: EmployerConsent): boolean {
  return profile.consentGivenOn !== null && profile.consentWithdrawnOn === null;
}

type Shown = {
  profileId: string;
  givenName: string;
  familyName: string;
  education: string;
  skills: string[];
  experience: string;
  sectors: string[];
  hours: string[];
  regionIds: string[];
  accommodationsNeeded: string[];
  readiness: string;
};

/**
 * What an employer sees of a job seeker who consented: the profile, the given name and the family name's first
 * letter; phones only with consent to contacts, the functioning identifier only with consent to it. Nothing
 * else of the person record reaches an employer: no case, no notes, no documents.
 */
export function employerView(
  profile: Shown & EmployerConsent,
  person: { phones: string[]; functionalDifficulty: string | null },
) {
  if (!consentInForce(profile)) return null;
  return {
    profileId: profile.profileId,
    name: `${profile.givenName} ${profile.familyName.slice(0, 1)}.`,
    education: profile.education,
    skills: profile.skills,
    experience: profile.experience,
    sectors: profile.sectors,
    hours: profile.hours,
    regionIds: profile.regionIds,
    accommodationsNeeded: profile.accommodationsNeeded,
    readiness: profile.readiness,
    phones: profile.showContacts ? person.phones : [],
    functionalDifficulty: profile.showFunctioning ? person.functionalDifficulty : null,
  };
}
export type EmployerCandidateView = NonNullable<ReturnType<typeof employerView>>;
