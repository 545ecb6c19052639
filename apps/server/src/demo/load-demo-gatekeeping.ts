import {
  commissionMeetings,
  commissionMembers,
  gatekeepingCommissions,
  type gatekeepingRequests,
  type persons,
  type Transaction,
} from '@birge/db';
import { addMonths, type GatekeepingOutcome, type PreventionService } from '@birge/domain';
import { audited } from './audited';
import { demoPerson } from './demo-persons';
import type { Random } from './random';

const outcomes: GatekeepingOutcome[] = [
  'prevented_family_support',
  'prevented_family_support',
  'prevented_family_support',
  'prevented_community_service',
  'prevented_community_service',
  'prevented_alternative_family_care',
  'placed',
];
const services: PreventionService[] = [
  'cash_benefit',
  'social_support',
  'day_care',
  'inclusive_education',
  'rehabilitation',
  'parenting_support',
];

/** The commission of Chüy region with its members and quarterly meetings; the requests it decided on, to insert. */
export async function loadDemoGatekeeping(
  tx: Transaction,
  random: Random,
  where: { centre: string; chuy: string | null; organisation: Parameters<typeof demoPerson>[1] },
  rows: { persons: (typeof persons.$inferInsert)[] },
) {
  const [commission] = await tx
    .insert(gatekeepingCommissions)
    .values({
      organisationId: where.centre,
      name: 'Чүй облусунун гейткипинг комиссиясы',
      regionId: where.chuy,
    })
    .returning();
  if (!commission) throw new Error('insert returned no row');
  await audited(tx, 'gatekeeping_commission', commission, where.centre);
  await tx.insert(commissionMembers).values([
    { commissionId: commission.id, name: 'Асель Маматова', position: 'Председатель, заместитель акима' },
    { commissionId: commission.id, name: 'Бакыт Алиев', position: 'Управление социального развития' },
    { commissionId: commission.id, name: 'Гүлзат Сыдыкова', position: 'Отдел поддержки семьи и детей' },
    { commissionId: commission.id, name: 'Нурлан Эсенов', position: 'Управление образования' },
    { commissionId: commission.id, name: 'Айжан Токтосунова', position: 'Центр семейной медицины' },
  ]);
  const meetings = await tx
    .insert(commissionMeetings)
    .values(
      Array.from({ length: 12 }, (_, i) => ({
        commissionId: commission.id,
        heldOn: addMonths('2018-09-20', i * 3),
        place: 'Кеңсе, Бишкек ш., Чүй пр. 114',
      })),
    )
    .returning();
  const requests: (typeof gatekeepingRequests.$inferInsert)[] = [];
  for (const meeting of meetings) {
    for (let n = random.int(3, 6); n > 0; n--) {
      const requestedOn = addMonths(meeting.heldOn, -1);
      const person = demoPerson(random, where.organisation, true, new Date(`${requestedOn}T06:00:00Z`));
      rows.persons.push({
        ...person,
        tags: ['child'],
        inChildProtection: true,
        createdAt: new Date(`${requestedOn}T04:00:00Z`),
      });
      const outcome = random.pick(outcomes);
      requests.push({
        commissionId: commission.id,
        personId: person.id,
        requestedOn,
        reason: 'Мать одна воспитывает троих детей, нет дохода.',
        meetingId: meeting.id,
        decidedOn: meeting.heldOn,
        outcome,
        reasons:
          outcome === 'placed'
            ? 'Угроза жизни ребёнка, родственники не найдены.'
            : 'Семья справится при поддержке.',
        preventionServices:
          outcome === 'placed'
            ? []
            : [random.pick(services), random.pick(services)].filter((s, i, a) => a.indexOf(s) === i),
      });
    }
  }
  return requests;
}
