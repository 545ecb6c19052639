import { mayBeAssigned } from '@birge/domain/cases/policy';
import { useQuery } from '@tanstack/react-query';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { assignCase, type CaseFile, listWorkers } from './api';
import { useCaseAction } from './useCase';

const nobody = 'nobody';
const supervising = ['coordinator', 'administrator'];

/**
 * Who works the case and who supervises it, by name: the choices are the organisation's colleagues who
 * work with persons. A supervisor may leave the case without a worker for the team to take.
 */
export function CaseAssignment({ file }: { file: CaseFile }) {
  const t = useT();
  const session = useSignedInSession();
  const item = file.case;
  const workers = useQuery({
    queryKey: ['workers', item.organisationId],
    queryFn: () => listWorkers(item.organisationId),
  });
  const assign = useCaseAction(
    item.id,
    (assignment: { workerId: string | null; supervisorId: string | null }) =>
      assignCase(item.id, assignment, item.version),
    t('case.assigned'),
  );
  const people = workers.data?.items ?? [];
  const eligible = people.filter((worker) =>
    mayBeAssigned(worker.roles, { organisationId: item.organisationId, child: file.protectedAsChild }),
  );
  const nameOf = (id: string | null, none: string) => {
    if (id === null) return none;
    if (id === session.user.id) return t('case.you', { name: session.user.name });
    return people.find((worker) => worker.id === id)?.name ?? t('case.formerWorker');
  };
  const labels = { workerId: t('case.worker'), supervisorId: t('case.supervisor') };
  const choice = (id: string | null) => (id === null ? nobody : id);
  // Nothing chosen (the current person is no longer listed) keeps the assignment as it is.
  const chosen = (data: FormData, name: 'workerId' | 'supervisorId') => {
    const value = text(data, name);
    if (value === '') return item[name];
    return value === nobody ? null : value;
  };
  return (
    <>
      <dl className="details">
        <dt>{labels.workerId}</dt>
        <dd>{nameOf(item.workerId, t('case.unassigned'))}</dd>
        <dt>{labels.supervisorId}</dt>
        <dd>{nameOf(item.supervisorId, t('case.noSupervisor'))}</dd>
      </dl>
      {file.abilities.assign && workers.data && (
        <details className="subform">
          <summary>{t('case.changeAssignment')}</summary>
          <FormShell
            key={`${assign.round}-${item.version}`}
            errorState={assign.errorState}
            labels={labels}
            submitLabel={t('case.saveAssignment')}
            isPending={assign.mutation.isPending}
            onSubmit={(data) =>
              assign.mutation.mutate({
                workerId: chosen(data, 'workerId'),
                supervisorId: chosen(data, 'supervisorId'),
              })
            }
          >
            <SelectInput
              name="workerId"
              label={labels.workerId}
              description={t(file.protectedAsChild ? 'case.workerHintChild' : 'case.workerHint')}
              placeholder={t('form.choose')}
              defaultValue={choice(item.workerId)}
              options={[
                { id: nobody, label: t('case.unassign') },
                ...eligible.map((worker) => ({ id: worker.id, label: worker.name })),
              ]}
            />
            <SelectInput
              name="supervisorId"
              label={labels.supervisorId}
              placeholder={t('form.choose')}
              defaultValue={choice(item.supervisorId)}
              options={[
                { id: nobody, label: t('case.noSupervisor') },
                ...eligible
                  .filter((worker) => worker.roles.some((role) => supervising.includes(role)))
                  .map((worker) => ({ id: worker.id, label: worker.name })),
              ]}
            />
          </FormShell>
        </details>
      )}
      <p role="status" className="status">
        {assign.message}
      </p>
    </>
  );
}
