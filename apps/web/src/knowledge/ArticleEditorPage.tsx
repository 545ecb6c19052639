import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { type ConsultationTopic, consultationTopics, deskMemberships } from '../consultations/api';
import { LanguageName } from '../consultations/format';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useLanguage } from '../i18n/LanguageProvider';
import { isLanguage, type Language, languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  type Article,
  type ArticleCountry,
  type ArticleDetail,
  type ArticleStatus,
  articleStatuses,
  articleVersions,
  createArticle,
  getArticle,
  saveTranslation,
  updateArticle,
} from './api';
import '../consultations/consultations.css';

const bothCountries = 'both';

function useSettingsOptions() {
  const t = useT();
  return {
    topics: consultationTopics.map((topic) => ({ id: topic, label: t(`topic.${topic}`) })),
    countries: [
      { id: bothCountries, label: t('kb.country.both') },
      { id: 'KG', label: t('kb.country.KG') },
      { id: 'KZ', label: t('kb.country.KZ') },
    ],
    statuses: articleStatuses.map((status) => ({ id: status, label: t(`kb.status.${status}`) })),
  };
}

function settingsOf(data: FormData) {
  const country = text(data, 'country');
  return {
    topic: text(data, 'topic') as ConsultationTopic,
    country: (country === 'KG' || country === 'KZ' ? country : null) as ArticleCountry | null,
    status: (articleStatuses.find((s) => s === text(data, 'status')) ?? 'draft') as ArticleStatus,
  };
}

/** A new article: its settings and its first language version; the other languages can follow. */
export function NewArticlePage() {
  const t = useT();
  const session = useSignedInSession();
  const navigate = useNavigate();
  const { language } = useLanguage();
  const errorState = useFormErrors();
  const options = useSettingsOptions();
  const organisations = deskMemberships(session);
  const mutation = useMutation({
    mutationFn: createArticle,
    onSuccess: (article, input) =>
      navigate(`/knowledge/${article.id}?language=${input.translations[0]?.language ?? language}`),
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels: Record<string, string> = {
    organisationId: t('kb.organisation'),
    topic: t('kb.topic'),
    country: t('kb.country'),
    status: t('kb.status'),
    language: t('kb.language'),
    title: t('kb.articleTitle'),
    body: t('kb.body'),
  };

  function submit(data: FormData) {
    const settings = settingsOf(data);
    const values = {
      organisationId:
        organisations.length === 1 ? (organisations[0]?.organisationId ?? '') : text(data, 'organisationId'),
      topic: text(data, 'topic'),
      language: text(data, 'language'),
      title: text(data, 'title'),
      body: text(data, 'body'),
    };
    const problems = requireFields(values, Object.keys(values), t('form.required'));
    if (Object.keys(problems).length > 0) {
      errorState.fail({ message: null, fields: problems });
      return;
    }
    errorState.clear();
    mutation.mutate({
      organisationId: values.organisationId,
      ...settings,
      translations: [
        {
          language: isLanguage(values.language) ? values.language : language,
          title: values.title,
          body: values.body,
        },
      ],
    });
  }

  return (
    <>
      <PageHeading title={t('kb.new')} />
      <p>{t('kb.new.intro')}</p>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('kb.create')}
        isPending={mutation.isPending}
        onSubmit={submit}
      >
        {organisations.length > 1 && (
          <SelectInput
            name="organisationId"
            label={labels.organisationId ?? ''}
            placeholder={t('form.choose')}
            options={organisations.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
            isRequired
          />
        )}
        <SelectInput
          name="topic"
          label={labels.topic ?? ''}
          placeholder={t('form.choose')}
          options={options.topics}
          isRequired
        />
        <RadioGroupInput
          name="country"
          label={labels.country ?? ''}
          orientation="horizontal"
          options={options.countries}
          defaultValue={bothCountries}
        />
        <RadioGroupInput
          name="status"
          label={labels.status ?? ''}
          description={t('kb.statusHint')}
          orientation="horizontal"
          options={options.statuses.filter((s) => s.id !== 'archived')}
          defaultValue="draft"
        />
        <RadioGroupInput
          name="language"
          label={labels.language ?? ''}
          orientation="horizontal"
          options={languages.map((code) => ({ id: code, label: languageNames[code], lang: code }))}
          defaultValue={language}
          isRequired
        />
        <TextInput name="title" label={labels.title ?? ''} isRequired />
        <TextAreaInput name="body" label={labels.body ?? ''} description={t('kb.bodyHint')} />
      </FormShell>
    </>
  );
}

/** Settings, one language version at a time, and every earlier text of that version. */
export function EditArticlePage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { language: uiLanguage } = useLanguage();
  const asked = params.get('language');
  const language: Language = isLanguage(asked) ? asked : uiLanguage;
  const detail = useQuery({ queryKey: ['article', id], queryFn: () => getArticle(id) });
  const data = detail.data;
  const current = data?.translations.find((tr) => tr.language === language);
  const anyTitle = current?.title ?? data?.translations[0]?.title;
  return (
    <>
      <PageHeading title={anyTitle ? t('kb.editTitle', { title: anyTitle }) : t('kb.edit')}>
        <Link className="button" to={`/knowledge/${id}?language=${language}`}>
          {t('kb.view')}
        </Link>
      </PageHeading>
      <QueryState query={detail}>
        {data && (
          <>
            <section className="section" aria-labelledby="settings-title">
              <h2 id="settings-title">{t('kb.settings')}</h2>
              <SettingsForm key={data.article.version} article={data.article} />
            </section>
            <section className="section" aria-labelledby="version-title">
              <h2 id="version-title">{t('kb.versionTitle')}</h2>
              <nav aria-label={t('kb.languages')}>
                <ul className="language-tabs">
                  {languages.map((code) => {
                    const missing = !data.translations.some((tr) => tr.language === code);
                    return (
                      <li key={code}>
                        <Link
                          to={`/knowledge/${id}/edit?language=${code}`}
                          aria-current={code === language ? 'page' : undefined}
                        >
                          <LanguageName language={code} />
                          {missing && <>&nbsp;({t('kb.missingShort')})</>}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
              {!current && (
                <p className="notice">
                  <FormattedMessage
                    id="kb.writeMissing"
                    values={{ language: <LanguageName language={language} /> }}
                  />
                </p>
              )}
              <TranslationForm
                key={`${language}-${current?.version ?? 0}`}
                detail={data}
                language={language}
              />
            </section>
            <History id={id} language={language} />
          </>
        )}
      </QueryState>
    </>
  );
}

function SettingsForm({ article }: { article: Article }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const options = useSettingsOptions();
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: ReturnType<typeof settingsOf>) =>
      updateArticle(article.id, { ...input, version: article.version }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['article', article.id] });
      await queryClient.invalidateQueries({ queryKey: ['knowledge'] });
      setSaved(true);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = { topic: t('kb.topic'), country: t('kb.country'), status: t('kb.status') };
  return (
    <>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('kb.saveSettings')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          errorState.clear();
          setSaved(false);
          mutation.mutate(settingsOf(data));
        }}
      >
        <SelectInput
          name="topic"
          label={labels.topic}
          placeholder={t('form.choose')}
          options={options.topics}
          defaultValue={article.topic}
          isRequired
        />
        <RadioGroupInput
          name="country"
          label={labels.country}
          orientation="horizontal"
          options={options.countries}
          defaultValue={article.country ?? bothCountries}
        />
        <RadioGroupInput
          name="status"
          label={labels.status}
          description={t('kb.statusHint')}
          orientation="horizontal"
          options={options.statuses}
          defaultValue={article.status}
        />
      </FormShell>
      <p role="status">{saved ? t('form.saved') : ''}</p>
    </>
  );
}

function TranslationForm({ detail, language }: { detail: ArticleDetail; language: Language }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [saved, setSaved] = useState(false);
  const current = detail.translations.find((tr) => tr.language === language);
  const id = detail.article.id;
  const mutation = useMutation({
    mutationFn: (input: { title: string; body: string }) =>
      saveTranslation(id, language, { ...input, version: current?.version }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['article', id] }),
        queryClient.invalidateQueries({ queryKey: ['article-versions', id] }),
        queryClient.invalidateQueries({ queryKey: ['knowledge'] }),
      ]);
      setSaved(true);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = { title: t('kb.articleTitle'), body: t('kb.body') };
  return (
    <>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('kb.saveVersion', { language: languageNames[language] })}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const values = { title: text(data, 'title'), body: text(data, 'body') };
          const problems = requireFields(values, ['title', 'body'], t('form.required'));
          if (Object.keys(problems).length > 0) {
            errorState.fail({ message: null, fields: problems });
            return;
          }
          errorState.clear();
          setSaved(false);
          mutation.mutate(values);
        }}
      >
        <TextInput name="title" label={labels.title} defaultValue={current?.title} isRequired />
        <TextAreaInput
          name="body"
          label={labels.body}
          description={t('kb.bodyHint')}
          defaultValue={current?.body}
        />
      </FormShell>
      <p role="status">{saved ? t('form.saved') : ''}</p>
    </>
  );
}

function History({ id, language }: { id: string; language: Language }) {
  const t = useT();
  const versions = useQuery({ queryKey: ['article-versions', id], queryFn: () => articleVersions(id) });
  const items = (versions.data?.items ?? []).filter((v) => v.language === language);
  return (
    <section className="section versions" aria-labelledby="history-title">
      <h2 id="history-title">
        <FormattedMessage id="kb.history" values={{ language: <LanguageName language={language} /> }} />
      </h2>
      <QueryState query={versions}>
        {items.length === 0 ? (
          <p>{t('kb.history.none')}</p>
        ) : (
          <ol reversed>
            {items.map((version) => (
              <li key={version.id}>
                <details>
                  <summary>
                    <FormattedMessage
                      id="kb.history.entry"
                      values={{
                        version: version.version,
                        at: <FormattedDate value={version.editedAt} dateStyle="medium" timeStyle="short" />,
                      }}
                    />
                  </summary>
                  <p lang={version.language}>
                    <strong>{version.title}</strong>
                  </p>
                  <p className="article-body" lang={version.language}>
                    {version.body}
                  </p>
                </details>
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
