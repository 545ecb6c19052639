import { useQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { LanguageName } from '../consultations/format';
import { useLanguage } from '../i18n/LanguageProvider';
import { isLanguage, type Language, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getArticle, pickTranslation } from './api';
import '../consultations/consultations.css';

/** One article in the reader's language, or in the nearest one with a notice; every version one link away. */
export function ArticlePage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { language: uiLanguage } = useLanguage();
  const asked = params.get('language');
  const language: Language = isLanguage(asked) ? asked : uiLanguage;
  const detail = useQuery({ queryKey: ['article', id], queryFn: () => getArticle(id) });
  const data = detail.data;
  const picked = data ? pickTranslation(data.translations, language) : null;
  const shown = picked?.translation;
  return (
    <>
      <PageHeading title={shown?.title ?? t('kb.title')}>
        {data?.abilities.edit && (
          <Link className="button" to={`/knowledge/${id}/edit?language=${shown?.language ?? language}`}>
            {t('kb.edit')}
          </Link>
        )}
      </PageHeading>
      <QueryState query={detail}>
        {data && shown && picked && (
          <>
            <nav aria-label={t('kb.languages')}>
              <ul className="language-tabs">
                {languages
                  .filter((code) => data.translations.some((tr) => tr.language === code))
                  .map((code) => (
                    <li key={code}>
                      <Link
                        to={`/knowledge/${id}?language=${code}`}
                        aria-current={code === shown.language ? 'page' : undefined}
                      >
                        <LanguageName language={code} />
                      </Link>
                    </li>
                  ))}
              </ul>
            </nav>
            {picked.fallback && (
              <p className="notice notice--warning">
                <FormattedMessage
                  id="kb.missing"
                  values={{
                    asked: <LanguageName language={language} />,
                    shown: <LanguageName language={shown.language} />,
                  }}
                />
              </p>
            )}
            <div className="article-body" lang={shown.language}>
              {shown.body}
            </div>
            <dl className="details section">
              <dt>{t('kb.topic')}</dt>
              <dd>{t(`topic.${data.article.topic}`)}</dd>
              <dt>{t('kb.country')}</dt>
              <dd>{data.article.country ? t(`kb.country.${data.article.country}`) : t('kb.country.both')}</dd>
              <dt>{t('kb.status')}</dt>
              <dd>{t(`kb.status.${data.article.status}`)}</dd>
              <dt>{t('common.updatedAt')}</dt>
              <dd>
                <FormattedDate value={shown.updatedAt} dateStyle="long" />
              </dd>
            </dl>
            <p>
              <Link className="inline-link" to="/knowledge">
                {t('kb.back')}
              </Link>
            </p>
          </>
        )}
      </QueryState>
    </>
  );
}
