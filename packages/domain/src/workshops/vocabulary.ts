/** The kinds of training workshop a job-inclusion facility runs. */
export const workshopKinds = ['greenhouse', 'bakery_cafe', 'sewing', 'carpentry', 'crafts', 'other'] as const;
export type WorkshopKind = (typeof workshopKinds)[number];

/**
 * What workshops produce and sell, shared by all of them so the figures add up across workshops. A workshop
 * may also write its own product in words: the list is a help, not a wall.
 */
export const workshopProducts = [
  'tomatoes',
  'cucumbers',
  'peppers',
  'greens',
  'bread',
  'pastries',
  'meals',
  'garments',
  'items',
] as const;
export type WorkshopProduct = (typeof workshopProducts)[number];

export const productionUnits = ['kg', 'piece', 'litre', 'metre', 'portion'] as const;
export type ProductionUnit = (typeof productionUnits)[number];

export const saleCurrencies = ['KGS', 'KZT'] as const;
export type SaleCurrency = (typeof saleCurrencies)[number];

export const buyerKinds = ['individual', 'business', 'organisation', 'public_institution'] as const;
export type BuyerKind = (typeof buyerKinds)[number];

/** A trainee is enrolled until they complete the programme or leave it. */
export const traineeStatuses = ['enrolled', 'completed', 'left'] as const;
export type TraineeStatus = (typeof traineeStatuses)[number];

/** "3 of 5 modules": the modules done out of the workshop's programme, never more than it has. */
export function traineeProgress(modulesDone: number, modules: number): { done: number; of: number } {
  return { done: Math.min(modulesDone, modules), of: modules };
}
