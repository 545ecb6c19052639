import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import {
  addManualValue,
  type Indicator,
  type ManualEntry,
  type ManualValueInput,
  type Programme,
  removeManualValue,
  updateManualValue,
} from './api';
import { dayBefore } from './format';
import { ManualValueForm } from './ManualValueForm';
import { Figure } from './Progress';
import { useLogframeAction } from './useProgramme';

/**
 * Values typed in for an indicator no record computes: each with who entered it and when. The programme's
 * managers enter a value, correct one (the correction is theirs from then on, the audit trail keeps the first)
 * or remove it; two values never cover the same time.
 */
export function ManualValues({
  programme,
  indicator,
  entries,
}: {
  programme: Programme;
  indicator: Indicator;
  entries: ManualEntry[];
}) {
  const t = useT();
  const day = useCalendarDay();
  const [correcting, setCorrecting] = useState<ManualEntry | null>(null);
  const [removing, setRemoving] = useState<ManualEntry | null>(null);
  const add = useLogframeAction(
    programme.id,
    (body: ManualValueInput) => addManualValue(indicator.id, body),
    t('programmes.manual.added'),
  );
  const correct = useLogframeAction(
    programme.id,
    (body: ManualValueInput & { id: string; version: number }) => updateManualValue(body.id, body),
    t('programmes.manual.corrected'),
  );
  const remove = useLogframeAction(
    programme.id,
    (id: string) => removeManualValue(id),
    t('programmes.manual.removed'),
  );
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (correcting) formHeading.current?.focus();
  }, [correcting]);
  const periodOf = (entry: ManualEntry) => `${day(entry.periodStart)} – ${day(dayBefore(entry.periodEnd))}`;
  const mayChange = programme.abilities.update;
  return (
    <section className="section section--wide" aria-labelledby="manual-title">
      <h2 id="manual-title">{t('programmes.manual.title')}</h2>
      {entries.length === 0 ? (
        <p>{t('programmes.manual.none')}</p>
      ) : (
        <DataTable id="manual-caption" caption={t('programmes.manual.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('programmes.indicator.period')}</th>
              <th scope="col">{t('programmes.manual.value')}</th>
              <th scope="col">{t('programmes.manual.note')}</th>
              <th scope="col">{t('programmes.manual.enteredBy')}</th>
              <th scope="col">{t('programmes.manual.enteredAt')}</th>
              {mayChange && <th scope="col">{t('programmes.manual.change')}</th>}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{periodOf(entry)}</th>
                <td>
                  <Figure value={entry.value} />
                </td>
                <td>{entry.note}</td>
                <td>{entry.enteredBy}</td>
                <td>
                  <FormattedDate value={entry.enteredAt} dateStyle="medium" timeStyle="short" />
                </td>
                {mayChange && (
                  <td>
                    <span className="result-actions">
                      <Button className="button" onPress={() => setCorrecting(entry)}>
                        {t('programmes.manual.correct')}
                        <span className="visually-hidden">: {periodOf(entry)}</span>
                      </Button>
                      <Button className="button" onPress={() => setRemoving(entry)}>
                        {t('programmes.manual.remove')}
                        <span className="visually-hidden">: {periodOf(entry)}</span>
                      </Button>
                    </span>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <p role="status" className="status">
        {add.message || correct.message || remove.message}
      </p>
      <ErrorSummary errors={remove.errorState.errors} labels={{}} summaryRef={remove.errorState.summaryRef} />
      {mayChange && removing && (
        <div className="actions">
          <p role="alert">{t('programmes.manual.removeWarning', { period: periodOf(removing) })}</p>
          <Button
            className="button"
            isPending={remove.mutation.isPending}
            onPress={() => remove.mutation.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
          >
            {t('programmes.manual.removeConfirm')}
          </Button>
          <Button className="button" onPress={() => setRemoving(null)}>
            {t('programmes.manual.removeCancel')}
          </Button>
        </div>
      )}
      {mayChange && correcting && (
        <div className="subform" key={`${correcting.id}-${correct.round}`}>
          <h3 ref={formHeading} tabIndex={-1}>
            {t('programmes.manual.correctTitle', { period: periodOf(correcting) })}
          </h3>
          <ManualValueForm
            action={correct}
            entry={correcting}
            submitLabel={t('programmes.manual.save')}
            onSubmit={(body) =>
              correct.mutation.mutate(
                { ...body, id: correcting.id, version: correcting.version },
                { onSuccess: () => setCorrecting(null) },
              )
            }
          />
          <Button className="button" onPress={() => setCorrecting(null)}>
            {t('programmes.manual.cancel')}
          </Button>
        </div>
      )}
      {mayChange && !correcting && (
        <details className="subform" key={add.round}>
          <summary>{t('programmes.manual.add')}</summary>
          <ManualValueForm
            action={add}
            submitLabel={t('programmes.manual.add')}
            onSubmit={(body) => add.mutation.mutate(body)}
          />
        </details>
      )}
    </section>
  );
}
