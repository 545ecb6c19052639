import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { LoadMore } from '../shell/LoadMore';
import { QueryState } from '../shell/QueryState';
import { type Candidate, candidatesFor, propose } from './api';
import { Explanation } from './Explanation';

function candidateName(c: Candidate) {
  return c.profile ? c.profile.name : `${c.familyName} ${c.givenName}`;
}

/** Every job seeker ranked for the vacancy with the reasons, a page at a time; a case worker proposes them. */
export function Candidates({ vacancyId, mayPropose }: { vacancyId: string; mayPropose: boolean }) {
  const t = useT();
  const candidates = useInfiniteQuery({
    queryKey: ['employment', 'candidates', vacancyId],
    queryFn: ({ pageParam }) => candidatesFor(vacancyId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? null,
  });
  const proposing = useRecordAction(
    [['employment']],
    (personId: string) => propose(vacancyId, personId),
    t('employment.proposal.done'),
  );
  const items = candidates.data?.pages.flatMap((page) => page.items) ?? [];
  const total = candidates.data?.pages[0]?.total;
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
          <>
            {total !== undefined && <p>{t('employment.candidates.shown', { shown: items.length, total })}</p>}
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
            <LoadMore query={candidates} />
          </>
        )}
      </QueryState>
    </section>
  );
}
