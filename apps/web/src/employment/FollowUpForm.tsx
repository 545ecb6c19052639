import { useState } from 'react';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { leavingReasons, recordFollowUp, type ScheduledFollowUp } from './api';

/**
 * The next follow-up of a placement. A follow-up that finds the person no longer employed ends the placement,
 * so it asks for the day the job ended and why; the server checks that day against the start and the checks.
 */
export function FollowUpForm({
  placementId,
  schedule,
}: {
  placementId: string;
  schedule: ScheduledFollowUp[];
}) {
  const t = useT();
  const [stillEmployed, setStillEmployed] = useState<string | null>(null);
  const add = useRecordAction(
    [['employment']],
    (body: unknown) => recordFollowUp(placementId, body),
    t('employment.followUp.done'),
    () => setStillEmployed(null),
  );
  const open = schedule.filter((f) => f.state !== 'done' && f.state !== 'not_needed');
  const left = stillEmployed === 'no';
  const labels = {
    months: t('employment.followUp.months'),
    checkedOn: t('employment.followUp.checkedOn'),
    stillEmployed: t('employment.followUp.stillEmployed'),
    endedOn: t('employment.followUp.endedOn'),
    leavingReason: t('employment.followUp.leavingReason'),
  };
  return (
    <>
      {/* Outside the form, which goes once the last follow-up due is recorded, so that its message is still heard. */}
      <p role="status" className="status">
        {add.message}
      </p>
      {open.length > 0 && (
        <section className="section" aria-labelledby="follow-up">
          <h2 id="follow-up">{t('employment.followUp.title')}</h2>
          <FormShell
            key={add.round}
            errorState={add.errorState}
            labels={labels}
            submitLabel={t('employment.followUp.submit')}
            isPending={add.mutation.isPending}
            onSubmit={(data) => {
              const values = {
                months: text(data, 'months'),
                checkedOn: text(data, 'checkedOn'),
                stillEmployed: stillEmployed ?? '',
                ...(left && { endedOn: text(data, 'endedOn'), leavingReason: text(data, 'leavingReason') }),
              };
              const missing = requireFields(values, Object.keys(values), t('form.required'));
              if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
              add.mutation.mutate({ ...values, months: Number(values.months), stillEmployed: !left });
            }}
          >
            <SelectInput
              name="months"
              placeholder={t('form.choose')}
              label={labels.months}
              options={open.map((f) => ({
                id: String(f.months),
                label: t('employment.followUps.after', { months: f.months }),
              }))}
              defaultValue={String(open[0]?.months)}
              isRequired
            />
            <TextInput
              name="checkedOn"
              type="date"
              label={labels.checkedOn}
              defaultValue={localToday()}
              isRequired
            />
            <RadioGroupInput
              name="stillEmployed"
              label={labels.stillEmployed}
              options={[
                { id: 'yes', label: t('employment.followUp.yes') },
                { id: 'no', label: t('employment.followUp.no') },
              ]}
              value={stillEmployed}
              onChange={setStillEmployed}
              isRequired
            />
            {left && (
              <>
                <TextInput
                  name="endedOn"
                  type="date"
                  label={labels.endedOn}
                  description={t('employment.followUp.endedOnHint')}
                  isRequired
                />
                <SelectInput
                  name="leavingReason"
                  placeholder={t('form.choose')}
                  label={labels.leavingReason}
                  options={leavingReasons.map((r) => ({ id: r, label: t(`employment.leavingReason.${r}`) }))}
                  isRequired
                />
              </>
            )}
          </FormShell>
        </section>
      )}
    </>
  );
}
