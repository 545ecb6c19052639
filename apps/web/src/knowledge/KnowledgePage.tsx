import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { consultationTopics, mayUseDesk } from '../consultations/api';
import { LanguageName } from '../consultations/format';
import { text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { type ArticleHit, searchKnowledge } from './api';
import '../consultations/consultations.css';

const anyValue = 'any';

/** Full-text search in any of the four languages; without a search, every article by topic. */
export function KnowledgePage() {
  const t = useT();
  const session = useSignedInSession();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const topic = params.get('topic') ?? '';
  const hits = useQuery({
    queryKey: ['knowledge', { q, topic, language }],
    queryFn: () => searchKnowledge({ q, topic: topic || undefined, language, limit: 50 }),
  });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    const query = text(data, 'q');
    const chosen = text(data, 'topic');
    if (query) next.set('q', query);
    if (chosen && chosen !== anyValue) next.set('topic', chosen);
    setParams(next);
  }

  const items = hits.data?.items ?? [];
  const byTopic = consultationTopics
    .map((key) => ({ topic: key, items: items.filter((hit) => hit.topic === key) }))
    .filter((group) => group.items.length > 0);
  return (
    <>
      <PageHeading title={t('kb.title')}>
        {mayUseDesk(session) && (
          <Link className="button button--primary" to="/knowledge/new">
            {t('kb.new')}
          </Link>
        )}
      </PageHeading>
      <p>{t('kb.intro')}</p>
      <div role="search" aria-label={t('filters.label')}>
        <Form className="filters" onSubmit={search}>
          <TextInput key={`q-${q}`} name="q" type="search" label={t('kb.search')} defaultValue={q} />
          <SelectInput
            key={`topic-${topic}`}
            name="topic"
            label={t('kb.topic')}
            placeholder={t('filters.any')}
            options={[
              { id: anyValue, label: t('filters.any') },
              ...consultationTopics.map((key) => ({ id: key, label: t(`topic.${key}`) })),
            ]}
            defaultValue={topic || anyValue}
          />
          <Button type="submit" className="button">
            {t('filters.apply')}
          </Button>
        </Form>
      </div>
      <QueryState query={hits}>
        <p role="status">
          <FormattedMessage id="kb.shown" values={{ count: items.length }} />
        </p>
        {q ? (
          <HitList items={items} />
        ) : (
          byTopic.map((group) => (
            <section key={group.topic} className="section" aria-labelledby={`kb-topic-${group.topic}`}>
              <h2 id={`kb-topic-${group.topic}`}>{t(`topic.${group.topic}`)}</h2>
              <HitList items={group.items} />
            </section>
          ))
        )}
      </QueryState>
    </>
  );
}

function HitList({ items }: { items: ArticleHit[] }) {
  const t = useT();
  return (
    <ul className="card-list">
      {items.map((hit) => (
        <li key={hit.articleId} className="card">
          <Link to={`/knowledge/${hit.articleId}`} lang={hit.language}>
            {hit.title}
          </Link>
          <p>
            {t(`topic.${hit.topic}`)}
            {hit.country && ` · ${t(`kb.country.${hit.country}`)}`}
            {hit.status !== 'published' && (
              <>
                {' '}
                <span className="tag">{t(`kb.status.${hit.status}`)}</span>
              </>
            )}
            {hit.fallback && (
              <>
                {' '}
                <span className="tag">
                  <FormattedMessage
                    id="kb.onlyIn"
                    values={{ language: <LanguageName language={hit.language} /> }}
                  />
                </span>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
