/**
 * The words of deinstitutionalisation and child protection, zod-free so the web app imports them by subpath.
 * They follow the UN Guidelines for the Alternative Care of Children, as Primero's alternative-care module does.
 */

/** Where a child lives now: the arrangement a transition plan moves them out of. */
export const careArrangements = [
  'residential_institution',
  'birth_family',
  'kinship_care',
  'foster_care',
  'guardianship',
  'adoptive_family',
  'family_type_home',
  'supported_independent_living',
] as const;
export type CareArrangement = (typeof careArrangements)[number];

/** The family and community placements a child leaves an institution for. */
export const carePlacementTypes = [
  'family_reintegration',
  'kinship_care',
  'foster_care',
  'guardianship',
  'adoption',
  'family_type_home',
  'supported_independent_living',
] as const;
export type CarePlacementType = (typeof carePlacementTypes)[number];

/** What a gatekeeping commission decides on a request to place a child in an institution. */
export const gatekeepingOutcomes = [
  'prevented_family_support',
  'prevented_community_service',
  'prevented_alternative_family_care',
  'placed',
] as const;
export type GatekeepingOutcome = (typeof gatekeepingOutcomes)[number];

/** Services given to a family so that the child stays at home. */
export const preventionServices = [
  'cash_benefit',
  'social_support',
  'day_care',
  'inclusive_education',
  'rehabilitation',
  'parenting_support',
  'housing_support',
  'legal_aid',
  'psychological_support',
] as const;
export type PreventionService = (typeof preventionServices)[number];

/** Why a placement ended before its time. */
export const breakdownReasons = [
  'carer_unable',
  'child_behaviour',
  'abuse_or_neglect',
  'health_needs',
  'family_conflict',
  'carer_relocated',
  'other',
] as const;
export type BreakdownReason = (typeof breakdownReasons)[number];

/** How a placement ends: as planned (the child grew up, was adopted) or broke down. */
export const placementEndings = ['planned', 'breakdown'] as const;
export type PlacementEnding = (typeof placementEndings)[number];

/** The steps of an institution's reorganisation plan. */
export const milestoneKinds = [
  'staff_retrained',
  'community_service_opened',
  'building_repurposed',
  'children_placed',
  'admissions_stopped',
  'other',
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/** What is written in a child's deinstitutionalisation case. */
export const careRecordKinds = [
  'current_arrangement',
  'family_assessment',
  'best_interests_assessment',
  'child_views',
  'placement_decision',
] as const;
export type CareRecordKind = (typeof careRecordKinds)[number];

export const carerKinds = [
  'foster_family',
  'guardian',
  'kinship_carer',
  'family_type_home',
  'adoptive_family',
] as const;
export type CarerKind = (typeof carerKinds)[number];

/** A carer is assessed and trained before approval; an approved carer may be suspended or leave the registry. */
export const carerStates = ['applied', 'assessed', 'trained', 'approved', 'suspended', 'withdrawn'] as const;
export type CarerState = (typeof carerStates)[number];

/** Age groups an institution counts its children in, as the indicator engine's bands name them. */
export const institutionAgeBands = ['0-4', '5-17', '18-29'] as const;
export type InstitutionAgeBand = (typeof institutionAgeBands)[number];

export const countedSexes = ['female', 'male'] as const;
export const countedDisability = ['yes', 'no'] as const;

/** A child kept out of an institution is kept out by something: a decision to prevent names the services. */
export function preventionMissing(outcome: GatekeepingOutcome, services: readonly string[]): boolean {
  return outcome !== 'placed' && services.length === 0;
}
