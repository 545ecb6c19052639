import { carers, type Transaction } from '@birge/db';
import type { CarerKind, CarerState } from '@birge/domain';
import { auditAll } from './audited';
import { demoPerson } from './demo-persons';
import { insertAll } from './load-demo-people';
import type { Random } from './random';

/** The registry: how many carers of each kind were approved, and the room each has. */
const registry: { kind: CarerKind; approved: number; capacity: [number, number] }[] = [
  { kind: 'foster_family', approved: 14, capacity: [1, 3] },
  { kind: 'guardian', approved: 14, capacity: [1, 2] },
  { kind: 'kinship_carer', approved: 3, capacity: [1, 2] },
  { kind: 'family_type_home', approved: 2, capacity: [4, 6] },
];
/** Families still on their way to approval, each step dated. */
const onTheWay: CarerState[] = ['applied', 'assessed', 'trained', 'trained'];

type DemoOrganisation = Parameters<typeof demoPerson>[1];

/**
 * The Bishkek centre's carers, assessed, trained and approved in order before the first children came, and a
 * ledger of the children placed with each: `withRoom` finds a carer of a kind who has room on a day, counting
 * the children still living with them then, so that no carer ever holds more children than approved.
 */
export async function demoCarers(tx: Transaction, random: Random, organisation: DemoOrganisation) {
  const name = (kind: CarerKind) => {
    const person = demoPerson(random, organisation, false, new Date('2018-06-01'));
    return kind === 'guardian'
      ? `${person.familyName} ${person.givenName}`
      : `${person.familyName} үй-бүлөсү`;
  };
  const approved = registry.flatMap(({ kind, approved: count, capacity }) =>
    Array.from({ length: count }, (_, i) => ({
      id: crypto.randomUUID(),
      organisationId: organisation.id,
      kind,
      name: name(kind),
      regionId: organisation.regionId,
      capacity: random.int(...capacity),
      state: 'approved' as CarerState,
      assessedOn: '2018-06-15',
      trainedOn: '2018-07-20',
      approvedOn: i % 2 === 0 ? '2018-08-10' : '2019-02-01',
    })),
  );
  const pending = onTheWay.map((state, i) => ({
    id: crypto.randomUUID(),
    organisationId: organisation.id,
    kind: i % 2 === 0 ? ('foster_family' as const) : ('guardian' as const),
    name: name('foster_family'),
    regionId: organisation.regionId,
    capacity: random.int(1, 2),
    state,
    assessedOn: state === 'applied' ? null : '2021-03-10',
    trainedOn: state === 'trained' ? '2021-04-15' : null,
    approvedOn: null,
  }));
  const rows = [...approved, ...pending];
  await insertAll(tx, carers, rows);
  await auditAll(tx, 'carer', rows, () => organisation.id);

  const endings = new Map<string, (string | null)[]>();
  const livingWith = (carerId: string, on: string) =>
    (endings.get(carerId) ?? []).filter((endedOn) => endedOn === null || endedOn > on).length;
  return {
    withRoom(kinds: readonly CarerKind[], on: string, pick: Random): string | null {
      const free = approved.filter(
        (c) => kinds.includes(c.kind) && c.approvedOn <= on && livingWith(c.id, on) < c.capacity,
      );
      return free.length ? pick.pick(free).id : null;
    },
    take(carerId: string, endedOn: string | null) {
      endings.set(carerId, [...(endings.get(carerId) ?? []), endedOn]);
    },
  };
}
