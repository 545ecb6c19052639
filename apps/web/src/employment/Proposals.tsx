import type { ProposalStatus } from '@birge/domain/employment/vocabulary';
import { Button } from 'react-aria-components';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { answerProposal, type Proposal } from './api';

/** The answers an employer may still give to a proposal: forward only, invited before hired or declined. */
const nextAnswers: Record<ProposalStatus, ProposalStatus[]> = {
  proposed: ['invited', 'hired', 'declined'],
  invited: ['hired', 'declined'],
  hired: [],
  declined: [],
};

/** The candidates proposed for a vacancy, and the employer's answer to each. */
export function Proposals({
  vacancyId,
  proposals,
  mayAnswer,
}: {
  vacancyId: string;
  proposals: Proposal[];
  mayAnswer: boolean;
}) {
  const t = useT();
  const answer = useRecordAction(
    [['employment']],
    ({ id, ...body }: { id: string; status: ProposalStatus; version: number }) => answerProposal(id, body),
    t('employment.proposal.answered'),
  );
  return (
    <section className="section" aria-labelledby={`proposals-${vacancyId}`}>
      <h2 id={`proposals-${vacancyId}`}>{t('employment.proposals.title')}</h2>
      <p role="status" className="status">
        {answer.message}
      </p>
      <ErrorSummary
        errors={answer.errorState.errors}
        labels={{ status: t('employment.proposal.answerLabel') }}
        summaryRef={answer.errorState.summaryRef}
      />
      {proposals.length === 0 ? (
        <p>{t('employment.proposals.none')}</p>
      ) : (
        <ul className="card-list">
          {proposals.map((p) => (
            <li key={p.id} className="card">
              <p>
                <strong>{p.name ?? t('persons.nameHidden')}</strong> ·{' '}
                {t('employment.match.score', { score: p.score })} · {t(`employment.proposal.${p.status}`)}
              </p>
              {mayAnswer && nextAnswers[p.status].length > 0 && (
                <div className="actions">
                  {nextAnswers[p.status].map((status) => (
                    <Button
                      key={status}
                      className="button"
                      isPending={answer.mutation.isPending}
                      onPress={() => answer.mutation.mutate({ id: p.id, status, version: p.version })}
                    >
                      {t(`employment.proposal.answer.${status}`, { name: p.name ?? t('persons.nameHidden') })}
                    </Button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
