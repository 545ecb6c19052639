import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { Link } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { useT } from '../i18n/useT';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  childProtectionMemberships,
  childProtectionSupervisions,
  type Figures,
  getFigures,
  listCommissions,
  listPlacements,
  supervisedOrganisations,
} from './api';
import { ChildrenNow } from './ChildrenNow';
import { CountTable } from './CountTable';

/**
 * The reform in numbers, for everyone signed in: institutions toward their target, gatekeeping decisions,
 * placements. Child-protection workers also find their commissions, carers and placements here.
 */
export function ChildcarePage() {
  const t = useT();
  const figures = useQuery({ queryKey: ['childcare', 'figures'], queryFn: getFigures });
  const commissions = useQuery({ queryKey: ['childcare', 'commissions'], queryFn: listCommissions });
  const session = useSignedInSession();
  const protects = childProtectionMemberships(session).length > 0;
  const keepsInstitutions = supervisedOrganisations(session).length > 0;
  const setsUpCommissions = childProtectionSupervisions(session).length > 0;
  return (
    <>
      <PageHeading title={t('childcare.title')} />
      <p>{t('childcare.intro')}</p>
      {(protects || keepsInstitutions) && (
        <nav aria-label={t('childcare.workNav')} className="quick-links">
          {protects && <Link to="/childcare/carers">{t('childcare.carers.title')}</Link>}
          {keepsInstitutions && (
            <Link to="/childcare/institutions/new">{t('childcare.institutions.register')}</Link>
          )}
          {setsUpCommissions && <Link to="/childcare/commissions/new">{t('childcare.commissions.new')}</Link>}
        </nav>
      )}
      <QueryState query={figures}>{figures.data && <FiguresView figures={figures.data} />}</QueryState>
      <section className="section" aria-labelledby="commissions">
        <h2 id="commissions">{t('childcare.commissions.title')}</h2>
        <QueryState query={commissions}>
          <ul className="card-list">
            {(commissions.data?.items ?? []).map((c) => (
              <li key={c.id} className="card">
                <Link to={`/childcare/commissions/${c.id}`}>{c.name}</Link>
                <p>{t('childcare.commissions.counts', { pending: c.pending, decided: c.decided })}</p>
              </li>
            ))}
          </ul>
        </QueryState>
      </section>
      {protects && <Placements />}
    </>
  );
}

function FiguresView({ figures }: { figures: Figures }) {
  const t = useT();
  const left = figures.institutions.reduce((sum, i) => sum + i.childrenLeft, 0);
  const target = figures.institutions.reduce((sum, i) => sum + i.targetChildrenLeaving, 0);
  return (
    <>
      <section className="section" aria-labelledby="institutions">
        <h2 id="institutions">{t('childcare.institutions.title')}</h2>
        <p>{t('childcare.institutions.progress', { left, target })}</p>
        <CountTable
          id="institutions-caption"
          caption={t('childcare.institutions.caption')}
          headers={[
            t('childcare.institution'),
            t('childcare.capacity'),
            t('childcare.childrenNow'),
            t('childcare.childrenLeft'),
            t('childcare.target'),
          ]}
          rows={figures.institutions.map((i) => ({
            key: i.id,
            cells: [
              <Link key="name" to={`/childcare/institutions/${i.id}`}>
                {i.name}
              </Link>,
              <FormattedNumber key="capacity" value={i.capacity} />,
              <ChildrenNow key="now" institution={i} />,
              <FormattedNumber key="left" value={i.childrenLeft} />,
              <FormattedNumber key="target" value={i.targetChildrenLeaving} />,
            ],
          }))}
        />
      </section>
      <section className="section" aria-labelledby="decisions">
        <h2 id="decisions">{t('childcare.decisions.title')}</h2>
        <CountTable
          id="decisions-caption"
          caption={t('childcare.decisions.caption')}
          headers={[t('childcare.outcome'), t('childcare.requests')]}
          rows={figures.decisions.map((d) => ({
            key: d.outcome ?? 'pending',
            cells: [
              d.outcome ? t(`childcare.outcome.${d.outcome}`) : t('childcare.pending'),
              <FormattedNumber key="n" value={d.requests} />,
            ],
          }))}
        />
      </section>
      <section className="section" aria-labelledby="placements-figures">
        <h2 id="placements-figures">{t('childcare.placements.figures')}</h2>
        <CountTable
          id="placements-caption"
          caption={t('childcare.placements.caption')}
          headers={[t('childcare.placementType'), t('childcare.placementsCount')]}
          rows={figures.placements.map((p) => ({
            key: p.type,
            cells: [t(`childcare.type.${p.type}`), <FormattedNumber key="n" value={p.placements} />],
          }))}
        />
        <CountTable
          id="breakdowns-caption"
          caption={t('childcare.breakdowns.caption')}
          headers={[t('childcare.breakdownReason'), t('childcare.placementsCount')]}
          rows={figures.breakdowns.map((b) => ({
            key: b.reason,
            cells: [t(`childcare.breakdown.${b.reason}`), <FormattedNumber key="n" value={b.placements} />],
          }))}
        />
      </section>
    </>
  );
}

/** The organisation's placements, current ones first, fifty at a time. */
function Placements() {
  const t = useT();
  const placements = useInfiniteQuery({
    queryKey: ['childcare', 'placements'],
    queryFn: ({ pageParam }) => listPlacements(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = placements.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="section" aria-labelledby="placements">
      <h2 id="placements">{t('childcare.placements.title')}</h2>
      <QueryState query={placements}>
        <CountTable
          id="my-placements-caption"
          caption={t('childcare.placements.listCaption')}
          headers={[
            t('childcare.child'),
            t('childcare.placementType'),
            t('childcare.startedOn'),
            t('childcare.nextVisit'),
          ]}
          rows={items.map((p) => ({
            key: p.id,
            cells: [
              <Link key="child" to={`/childcare/placements/${p.id}`}>
                {p.familyName} {p.givenName}
              </Link>,
              t(`childcare.type.${p.type}`),
              <FormattedDate key="start" value={p.startedOn} dateStyle="medium" timeZone="UTC" />,
              p.nextVisit ? (
                <span key="next">
                  <FormattedDate value={p.nextVisit.dueOn} dateStyle="medium" timeZone="UTC" /> —{' '}
                  {t(`childcare.visit.${p.nextVisit.status}`)}
                </span>
              ) : (
                t(p.endedOn ? 'childcare.ended' : 'childcare.noVisits')
              ),
            ],
          }))}
        />
        <LoadMore query={placements} />
      </QueryState>
    </section>
  );
}
