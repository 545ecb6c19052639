import { z } from 'zod';

export const regionLevels = ['region', 'district', 'locality'] as const;
export type RegionLevel = (typeof regionLevels)[number];

const name = z.string().trim().min(2).max(200);
export const regionNamesSchema = z.object({ ky: name, kk: name, ru: name, en: name });

/** Administrators add districts below a region and localities below a district. */
export const createRegionSchema = z.object({
  id: z.uuid().optional(),
  parentId: z.uuid(),
  level: z.enum(['district', 'locality']),
  names: regionNamesSchema,
});

export function mayHoldChild(parentLevel: RegionLevel, childLevel: RegionLevel): boolean {
  return regionLevels.indexOf(childLevel) === regionLevels.indexOf(parentLevel) + 1;
}
