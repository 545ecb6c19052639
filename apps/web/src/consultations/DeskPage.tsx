import { useInfiniteQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  type Consultation,
  consultationStatuses,
  consultationTopics,
  listQueue,
  type QueueFilters,
} from './api';
import { Figures } from './Figures';
import { LanguageName, minutesSince, OverdueMark, useRelativeMinutes } from './format';
import './consultations.css';
import { DataTable } from '../shell/DataTable';

const anyValue = 'any';
const openView = 'open';
const allView = 'all';

/** The status filter is one choice: "waiting or in progress" (the default), everything, or one status. */
function queueFilters(params: URLSearchParams): QueueFilters {
  const status = params.get('status') ?? openView;
  return {
    topic: params.get('topic') ?? '',
    language: params.get('language') ?? '',
    assigned: params.get('assigned') ?? '',
    view: status === allView ? 'all' : status === openView ? 'open' : '',
    status: status === allView || status === openView ? '' : status,
  };
}

/** The expert desk: the questions people asked, longest waiting first; filters live in the URL. */
export function DeskPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filters = queueFilters(params);
  const queue = useInfiniteQuery({
    queryKey: ['consultations', filters],
    queryFn: ({ pageParam }) => listQueue(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['topic', 'language', 'status', 'assigned']) {
      const value = text(data, name);
      if (value && value !== anyValue && !(name === 'status' && value === openView)) next.set(name, value);
    }
    setParams(next);
  }

  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const any = { id: anyValue, label: t('filters.any') };
  return (
    <>
      <PageHeading title={t('desk.title')}>
        <Link className="button" to="/knowledge">
          {t('kb.title')}
        </Link>
      </PageHeading>
      <p>{t('desk.intro')}</p>
      <div role="search" aria-label={t('filters.label')}>
        <Form className="filters" onSubmit={search}>
          <SelectInput
            key={`topic-${filters.topic}`}
            name="topic"
            label={t('desk.topic')}
            placeholder={t('filters.any')}
            options={[any, ...consultationTopics.map((topic) => ({ id: topic, label: t(`topic.${topic}`) }))]}
            defaultValue={filters.topic || anyValue}
          />
          <SelectInput
            key={`language-${filters.language}`}
            name="language"
            label={t('desk.language')}
            placeholder={t('filters.any')}
            options={[
              any,
              ...languages.map((code) => ({ id: code, label: languageNames[code], lang: code })),
            ]}
            defaultValue={filters.language || anyValue}
          />
          <SelectInput
            key={`status-${params.get('status') ?? openView}`}
            name="status"
            label={t('desk.status')}
            placeholder={t('filters.any')}
            options={[
              { id: openView, label: t('desk.status.open') },
              { id: allView, label: t('desk.status.all') },
              ...consultationStatuses.map((status) => ({ id: status, label: t(`status.${status}`) })),
            ]}
            defaultValue={params.get('status') ?? openView}
          />
          <SelectInput
            key={`assigned-${filters.assigned}`}
            name="assigned"
            label={t('desk.assigned')}
            placeholder={t('filters.any')}
            options={[
              { id: anyValue, label: t('desk.assigned.anyone') },
              { id: 'me', label: t('desk.assigned.me') },
              { id: 'unassigned', label: t('desk.assigned.unassigned') },
            ]}
            defaultValue={filters.assigned || anyValue}
          />
          <Button type="submit" className="button">
            {t('filters.apply')}
          </Button>
        </Form>
      </div>
      <QueryState query={queue}>
        <p role="status">
          <FormattedMessage id="desk.shown" values={{ count: items.length }} />
        </p>
        {items.length > 0 && <QueueTable items={items} />}
        <LoadMore query={queue} />
      </QueryState>
      <Figures />
    </>
  );
}

function QueueTable({ items }: { items: Consultation[] }) {
  const t = useT();
  const session = useSignedInSession();
  const relative = useRelativeMinutes();
  return (
    <DataTable id="queue-caption" caption={t('desk.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('desk.topic')}</th>
          <th scope="col">{t('desk.language')}</th>
          <th scope="col">{t('desk.channel')}</th>
          <th scope="col">{t('desk.status')}</th>
          <th scope="col">{t('desk.waiting')}</th>
          <th scope="col">{t('desk.expert')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              <Link to={`/consultations/${item.id}`}>
                {t(`topic.${item.topic}`)}
                <span className="visually-hidden">
                  {', '}
                  <FormattedDate value={item.askedAt} dateStyle="medium" timeStyle="short" />
                </span>
              </Link>
            </td>
            <td>
              <LanguageName language={item.language} />
            </td>
            <td>{t(`channel.${item.channel}`)}</td>
            <td>{t(`status.${item.status}`)}</td>
            <td>
              {item.waitingSince ? (
                <>
                  {relative(item.waitingMinutes ?? minutesSince(item.waitingSince))}
                  {item.overdue && (
                    <>
                      {' '}
                      <OverdueMark />
                    </>
                  )}
                </>
              ) : (
                t('desk.notWaiting')
              )}
            </td>
            <td>
              {item.expertId === null
                ? t('desk.expert.nobody')
                : item.expertId === session.user.id
                  ? t('desk.expert.you')
                  : t('desk.expert.other')}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
