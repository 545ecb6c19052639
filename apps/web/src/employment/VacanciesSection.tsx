import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { LoadMore } from '../shell/LoadMore';
import { QueryState } from '../shell/QueryState';
import { listVacancies } from './api';

/**
 * Vacancies, each opening its page, with where the job is, its hours, status and places and how many candidates
 * were proposed: one employer's, or every one the user sees (then each with its employer).
 */
export function VacanciesSection({ employerId }: { employerId?: string }) {
  const t = useT();
  const regions = useRegionOptions();
  const vacancies = useInfiniteQuery({
    queryKey: ['employment', 'vacancies', 'pages', { employerId }],
    queryFn: ({ pageParam }) => listVacancies({ employerId }, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = vacancies.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="section" aria-labelledby="vacancies">
      <h2 id="vacancies">{t('employment.vacancies.title')}</h2>
      <QueryState query={vacancies}>
        {items.length === 0 ? (
          <p>{t('employment.vacancies.none')}</p>
        ) : (
          <>
            <ul className="card-list">
              {items.map((v) => (
                <li key={v.id} className="card">
                  <Link to={`/employment/vacancies/${v.id}`}>{v.title}</Link>
                  <p>
                    {[
                      employerId ? null : v.employerName,
                      regions.nameOf(v.regionId),
                      t(`employment.hours.${v.hours}`),
                      t(`employment.status.${v.status}`),
                      t('employment.vacancy.openingsCount', { count: v.openings }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <p>{t('employment.vacancies.proposals', { count: v.proposals })}</p>
                </li>
              ))}
            </ul>
            <LoadMore query={vacancies} />
          </>
        )}
      </QueryState>
    </section>
  );
}
