import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { LanguageName } from '../consultations/format';
import type { Language } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { searchPublicKnowledge } from './api';

/** Waits until the person pauses typing, so the search does not run (and speak) for every letter. */
function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** "Maybe this answers your question": published articles matching what the person is typing. */
export function Suggestions({
  question,
  topic,
  language,
}: {
  question: string;
  topic: string;
  language: Language;
}) {
  const t = useT();
  const q = useDebounced(question.trim(), 700);
  const enabled = q.length >= 4;
  const hits = useQuery({
    queryKey: ['public-knowledge', { q, topic, language }],
    queryFn: () => searchPublicKnowledge({ q, language, topic: topic || undefined, limit: 3 }),
    enabled,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
  const items = enabled ? (hits.data?.items ?? []) : [];
  return (
    <>
      {/* Always in the page, so screen readers hear when articles appear. */}
      <p role="status" className="visually-hidden">
        {items.length > 0 && <FormattedMessage id="ask.suggestions.found" values={{ count: items.length }} />}
      </p>
      {items.length > 0 && (
        <section className="suggestions" aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{t('ask.suggestions.title')}</h2>
          {items.map((hit) => (
            <details key={hit.articleId}>
              <summary lang={hit.language}>{hit.title}</summary>
              {hit.fallback && (
                <p className="notice">
                  <FormattedMessage
                    id="kb.fallback"
                    values={{ language: <LanguageName language={hit.language} /> }}
                  />
                </p>
              )}
              <p className="article-body" lang={hit.language}>
                {hit.body}
              </p>
            </details>
          ))}
          <p>{t('ask.suggestions.stillAsk')}</p>
        </section>
      )}
    </>
  );
}
