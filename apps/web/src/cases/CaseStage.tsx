import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { approveCase, type CaseFile, type CaseState, caseStates, closureReasons, moveCase } from './api';
import { useCaseAction } from './useCase';

/** The stages as an ordered list; the current one is marked for screen readers with aria-current. */
export function StageStepper({ state }: { state: CaseState }) {
  const t = useT();
  const current = caseStates.indexOf(state);
  return (
    <ol className="stepper" aria-label={t('case.stages')}>
      {caseStates.map((stage, index) => (
        <li
          key={stage}
          aria-current={stage === state ? 'step' : undefined}
          className={index < current ? 'stepper__done' : undefined}
        >
          {t(`case.state.${stage}`)}
          {index < current && <span className="visually-hidden"> ({t('case.stageDone')})</span>}
        </li>
      ))}
    </ol>
  );
}

type Move = { to: CaseState; closureReason?: string; note?: string };

/** The moves the server allows from here; closing asks why, reopening asks for a note. */
export function CaseStage({ file }: { file: CaseFile }) {
  const t = useT();
  const item = file.case;
  const [asking, setAsking] = useState<CaseState | null>(null);
  const move = useCaseAction(
    item.id,
    (input: Move) => moveCase(item.id, { ...input, version: item.version }),
    t('case.moved'),
  );
  const approve = useCaseAction(
    item.id,
    (what: 'plan' | 'closure') => approveCase(item.id, what, item.version),
    t('case.approved'),
  );
  const labels = { closureReason: t('case.closureReason'), note: t('case.reopenNote') };
  const needsForm = (to: CaseState) => to === 'closed' || item.state === 'closed';
  return (
    <>
      <StageStepper state={item.state} />
      {item.planApprovedAt && <p>{t('case.planApproved')}</p>}
      {item.closureApprovedAt && item.state !== 'closed' && <p>{t('case.closureApproved')}</p>}
      {file.abilities.work && (
        <div className="actions">
          {file.nextStates.map((to) => (
            <Button
              key={to}
              className={to === 'closed' ? 'button button--danger' : 'button button--primary'}
              isPending={move.mutation.isPending && move.mutation.variables?.to === to}
              onPress={() => (needsForm(to) ? setAsking(to) : move.mutation.mutate({ to }))}
            >
              {item.state === 'closed' ? t('case.reopen') : t(`case.moveTo.${to}`)}
            </Button>
          ))}
        </div>
      )}
      {file.abilities.approve && (
        <div className="actions">
          {item.state === 'planning' && !item.planApprovedAt && (
            <Button
              className="button"
              isPending={approve.mutation.isPending}
              onPress={() => approve.mutation.mutate('plan')}
            >
              {t('case.approvePlan')}
            </Button>
          )}
          {item.state !== 'closed' && !item.closureApprovedAt && (
            <Button
              className="button"
              isPending={approve.mutation.isPending}
              onPress={() => approve.mutation.mutate('closure')}
            >
              {t('case.approveClosure')}
            </Button>
          )}
        </div>
      )}
      <ErrorSummary
        errors={approve.errorState.errors}
        labels={{}}
        summaryRef={approve.errorState.summaryRef}
      />
      {asking && (
        <div className="subform">
          <FormShell
            errorState={move.errorState}
            labels={labels}
            submitLabel={asking === 'closed' ? t('case.moveTo.closed') : t('case.reopen')}
            isPending={move.mutation.isPending}
            onSubmit={(data) => {
              const closureReason = text(data, 'closureReason');
              const note = text(data, 'note');
              if (asking === 'closed' && !closureReason)
                return move.errorState.fail({ message: null, fields: { closureReason: t('form.required') } });
              if (item.state === 'closed' && !note)
                return move.errorState.fail({ message: null, fields: { note: t('form.required') } });
              move.mutation.mutate(
                asking === 'closed' ? { to: asking, closureReason } : { to: asking, note },
                {
                  onSuccess: () => setAsking(null),
                },
              );
            }}
          >
            {asking === 'closed' ? (
              <SelectInput
                name="closureReason"
                label={labels.closureReason}
                placeholder={t('form.choose')}
                options={closureReasons.map((reason) => ({ id: reason, label: t(`case.closure.${reason}`) }))}
                isRequired
              />
            ) : (
              <TextAreaInput name="note" label={labels.note} />
            )}
          </FormShell>
          <Button className="button" onPress={() => setAsking(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      )}
      {!asking && (
        <ErrorSummary
          errors={move.errorState.errors}
          labels={labels}
          summaryRef={move.errorState.summaryRef}
        />
      )}
      <p role="status" className="status">
        {move.message || approve.message}
      </p>
    </>
  );
}
