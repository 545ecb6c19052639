import { Button } from 'react-aria-components';
import { useSignedInSession } from '../auth/session';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useT } from '../i18n/useT';
import { assignCase, type CaseFile } from './api';
import { useCaseAction } from './useCase';

/**
 * Who works the case. Names of other workers are not visible to everyone, so the supervisor can take the
 * case themself or leave it unassigned for the team; an administrator can choose a worker on the user page.
 */
export function CaseAssignment({ file }: { file: CaseFile }) {
  const t = useT();
  const session = useSignedInSession();
  const item = file.case;
  const assign = useCaseAction(
    item.id,
    (workerId: string | null) => assignCase(item.id, workerId, item.version),
    t('case.assigned'),
  );
  const mine = item.workerId === session.user.id;
  return (
    <>
      <p>
        {item.workerId === null
          ? t('case.unassigned')
          : mine
            ? t('case.assignedToYou')
            : t('case.assignedToOther')}
      </p>
      {file.abilities.assign && (
        <div className="actions">
          {!mine && (
            <Button
              className="button"
              isPending={assign.mutation.isPending}
              onPress={() => assign.mutation.mutate(session.user.id)}
            >
              {t('case.assignToMe')}
            </Button>
          )}
          {item.workerId !== null && (
            <Button
              className="button"
              isPending={assign.mutation.isPending}
              onPress={() => assign.mutation.mutate(null)}
            >
              {t('case.unassign')}
            </Button>
          )}
        </div>
      )}
      <ErrorSummary errors={assign.errorState.errors} labels={{}} summaryRef={assign.errorState.summaryRef} />
      <p role="status" className="status">
        {assign.message}
      </p>
    </>
  );
}
