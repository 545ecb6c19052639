import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import type { ScheduledFollowUp } from './api';

/**
 * The follow-ups at 1, 3 and 6 months: when each is due, its state in words, and what it found. Where several
 * schedules share a page, each has a caption of its own, since the caption names its scrolling region.
 */
export function FollowUpSchedule({
  id,
  schedule,
  caption,
}: {
  id: string;
  schedule: ScheduledFollowUp[];
  caption?: string;
}) {
  const t = useT();
  const day = useCalendarDay();
  return (
    <DataTable id={`schedule-${id}`} caption={caption ?? t('employment.followUps.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('employment.followUps.months')}</th>
          <th scope="col">{t('employment.followUps.due')}</th>
          <th scope="col">{t('employment.followUps.state')}</th>
          <th scope="col">{t('employment.followUps.found')}</th>
        </tr>
      </thead>
      <tbody>
        {schedule.map((f) => (
          <tr key={f.months}>
            <th scope="row">{t('employment.followUps.after', { months: f.months })}</th>
            <td>{day(f.dueOn)}</td>
            <td>{t(`employment.followUpState.${f.state}`)}</td>
            <td>
              {f.followUp
                ? t(
                    f.followUp.stillEmployed ? 'employment.followUps.employed' : 'employment.followUps.left',
                    {
                      on: day(f.followUp.checkedOn),
                    },
                  )
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
