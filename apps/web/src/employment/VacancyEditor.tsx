import type { VacancyStatus } from '@birge/domain/employment/vocabulary';
import { Button } from 'react-aria-components';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FormShell } from '../forms/FormShell';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { updateVacancy, type Vacancy } from './api';
import { useVacancyLabels, VacancyFields, vacancyFrom } from './VacancyFields';

/** Where a vacancy may go from each status, and the button that takes it there. */
const moves: Record<VacancyStatus, { to: VacancyStatus; label: string }[]> = {
  draft: [
    { to: 'open', label: 'employment.vacancy.move.publish' },
    { to: 'closed', label: 'employment.vacancy.move.close' },
  ],
  open: [
    { to: 'filled', label: 'employment.vacancy.move.fill' },
    { to: 'closed', label: 'employment.vacancy.move.close' },
  ],
  filled: [{ to: 'open', label: 'employment.vacancy.move.reopen' }],
  closed: [{ to: 'open', label: 'employment.vacancy.move.reopen' }],
};

/** What a change to a vacancy carries: every field, since one left out would be cleared. */
const changeable = [
  'title',
  'description',
  'regionId',
  'address',
  'sector',
  'hours',
  'payFrom',
  'payTo',
  'currency',
  'requirements',
  'skills',
  'accommodationsOffered',
  'openings',
  'status',
  'version',
] as const satisfies readonly (keyof Vacancy)[];
const fieldsOf = (v: Vacancy) => Object.fromEntries(changeable.map((key) => [key, v[key]]));

/** The vacancy's publisher and employer change it: its status by one button, or any field in the form. */
export function VacancyEditor({ vacancy }: { vacancy: Vacancy }) {
  const t = useT();
  const labels = useVacancyLabels();
  const move = useRecordAction(
    [['employment']],
    (status: VacancyStatus) => updateVacancy(vacancy.id, { ...fieldsOf(vacancy), status }),
    t('employment.vacancy.moved'),
  );
  const edit = useRecordAction(
    [['employment']],
    (body: object) => updateVacancy(vacancy.id, { ...body, version: vacancy.version }),
    t('employment.vacancy.saved'),
  );
  return (
    <section className="section" aria-labelledby="vacancy-change">
      <h2 id="vacancy-change">{t('employment.vacancy.change')}</h2>
      <p role="status" className="status">
        {move.message || edit.message}
      </p>
      <ErrorSummary errors={move.errorState.errors} labels={labels} summaryRef={move.errorState.summaryRef} />
      <div className="actions">
        {moves[vacancy.status as VacancyStatus].map(({ to, label }) => (
          <Button
            key={to}
            className="button"
            isPending={move.mutation.isPending}
            onPress={() => move.mutation.mutate(to)}
          >
            {t(label)}
          </Button>
        ))}
      </div>
      <details className="subform">
        <summary>{t('employment.vacancy.edit')}</summary>
        <FormShell
          key={`${edit.round}-${vacancy.version}`}
          errorState={edit.errorState}
          labels={labels}
          submitLabel={t('employment.vacancy.save')}
          isPending={edit.mutation.isPending}
          onSubmit={(data) => {
            const { body, errors } = vacancyFrom(data, t);
            if (Object.keys(errors).length) return edit.errorState.fail({ message: null, fields: errors });
            edit.mutation.mutate(body);
          }}
        >
          <VacancyFields vacancy={vacancy} />
        </FormShell>
      </details>
    </section>
  );
}
