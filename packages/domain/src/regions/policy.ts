import type { Actor } from '../access/actor';

/** ISO subdivisions are fixed; districts and localities below them are kept by the platform administrator. */
export function mayManageRegions(actor: Actor): boolean {
  return actor.platformAdmin;
}
