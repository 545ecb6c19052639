import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { answerProposal, type Candidate, candidatesFor, type Proposal, propose, vacancyOf } from './api';
import { Explanation } from './Explanation';

/** A vacancy, the candidates proposed for it, and every job seeker ranked for it with the reasons. */
export function VacancyPage() {
  const { id = '' } = useParams();
  const t = useT();
  const regions = useRegionOptions();
  const file = useQuery({ queryKey: ['employment', 'vacancy', id], queryFn: () => vacancyOf(id) });
  const vacancy = file.data?.vacancy;
  return (
    <>
      <PageHeading title={vacancy?.title ?? t('employment.vacancy.title')} />
      <p>
        <Link to="/employment">{t('employment.back')}</Link>
      </p>
      <QueryState query={file}>
        {vacancy && file.data && (
          <>
            <dl className="details">
              <dt>{t('employment.vacancy.employer')}</dt>
              <dd>
                <OrganisationName id={vacancy.employerId} />
              </dd>
              <dt>{t('employment.vacancy.region')}</dt>
              <dd>{regions.nameOf(vacancy.regionId)}</dd>
              <dt>{t('employment.vacancy.hours')}</dt>
              <dd>{t(`employment.hours.${vacancy.hours}`)}</dd>
              <dt>{t('employment.vacancy.status')}</dt>
              <dd>{t(`employment.status.${vacancy.status}`)}</dd>
              <dt>{t('employment.vacancy.skills')}</dt>
              <dd>{vacancy.skills.map((s) => t(`employment.skill.${s}`)).join(', ') || '—'}</dd>
              <dt>{t('employment.vacancy.accommodations')}</dt>
              <dd>
                {vacancy.accommodationsOffered.map((a) => t(`employment.accommodation.${a}`)).join(', ') ||
                  '—'}
              </dd>
            </dl>
            <Proposals
              vacancyId={id}
              proposals={file.data.proposals}
              mayAnswer={Boolean(file.data.abilities.answerProposal)}
            />
            <Candidates vacancyId={id} mayPropose={Boolean(file.data.abilities.propose)} />
          </>
        )}
      </QueryState>
    </>
  );
}

function Proposals({
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
    ({ id, ...body }: { id: string; status: string; version: number }) => answerProposal(id, body),
    t('employment.proposal.answered'),
  );
  return (
    <section className="section" aria-labelledby={`proposals-${vacancyId}`}>
      <h2 id={`proposals-${vacancyId}`}>{t('employment.proposals.title')}</h2>
      <p role="status" className="status">
        {answer.message}
      </p>
      {proposals.length === 0 ? (
        <p>{t('employment.proposals.none')}</p>
      ) : (
        <ul className="card-list">
          {proposals.map((p) => (
            <li key={p.id} className="card">
              <p>
                <strong>{p.name ?? t('employment.proposals.hidden')}</strong> ·{' '}
                {t('employment.match.score', { score: p.score })} · {t(`employment.proposal.${p.status}`)}
              </p>
              {mayAnswer && p.status === 'proposed' && (
                <div className="actions">
                  {(['invited', 'declined'] as const).map((status) => (
                    <Button
                      key={status}
                      className="button"
                      onPress={() => answer.mutation.mutate({ id: p.id, status, version: p.version })}
                    >
                      {t(`employment.proposal.answer.${status}`)}
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

function candidateName(c: Candidate) {
  return c.profile ? c.profile.name : `${c.familyName} ${c.givenName}`;
}

function Candidates({ vacancyId, mayPropose }: { vacancyId: string; mayPropose: boolean }) {
  const t = useT();
  const candidates = useQuery({
    queryKey: ['employment', 'candidates', vacancyId],
    queryFn: () => candidatesFor(vacancyId),
  });
  const proposing = useRecordAction(
    [['employment']],
    (personId: string) => propose(vacancyId, personId),
    t('employment.proposal.done'),
  );
  const items = candidates.data?.items ?? [];
  return (
    <section className="section" aria-labelledby={`candidates-${vacancyId}`}>
      <h2 id={`candidates-${vacancyId}`}>{t('employment.candidates.title')}</h2>
      <p>{t(mayPropose ? 'employment.candidates.intro' : 'employment.candidates.introEmployer')}</p>
      <p role="status" className="status">
        {proposing.message}
      </p>
      <ErrorSummary
        errors={proposing.errorState.errors}
        labels={{ personId: t('employment.candidates.person') }}
        summaryRef={proposing.errorState.summaryRef}
      />
      <QueryState query={candidates}>
        {items.length === 0 ? (
          <p>{t('employment.candidates.none')}</p>
        ) : (
          <ol className="card-list candidates">
            {items.map((c) => (
              <li key={c.profileId ?? c.profile?.profileId} className="card">
                <h3>
                  {c.personId ? (
                    <Link to={`/persons/${c.personId}`}>{candidateName(c)}</Link>
                  ) : (
                    candidateName(c)
                  )}{' '}
                  — {t('employment.match.score', { score: c.match.score })}
                </h3>
                {c.consented === false && <p>{t('employment.candidates.noConsent')}</p>}
                {c.proposal && <p>{t(`employment.proposal.${c.proposal}`)}</p>}
                <Explanation match={c.match} />
                {mayPropose && c.personId && c.consented && !c.proposal && !c.match.excluded && (
                  <Button
                    className="button"
                    isPending={proposing.mutation.isPending}
                    onPress={() => proposing.mutation.mutate(c.personId ?? '')}
                  >
                    {t('employment.candidates.propose', { name: candidateName(c) })}
                  </Button>
                )}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
