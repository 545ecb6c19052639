import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { FormShell } from '../forms/FormShell';
import { fieldId, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { type ArticleHit, searchKnowledge } from '../knowledge/api';
import { answerConsultation, type Consultation } from './api';
import { LanguageName, renameFields } from './format';

/**
 * The expert's answer, in the person's language. "Start from an article" finds knowledge-base articles (those
 * of the question's topic at first) and puts the chosen one's text, in that language, into the answer to edit.
 */
export function AnswerForm({ consultation }: { consultation: Consultation }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [answer, setAnswer] = useState('');
  const [article, setArticle] = useState<ArticleHit | null>(null);
  const [status, setStatus] = useState('');
  const answerField = useRef<HTMLTextAreaElement>(null);
  const mutation = useMutation({
    mutationFn: () =>
      answerConsultation(consultation.id, {
        text: answer.trim(),
        articleId: article?.articleId ?? null,
        version: consultation.version,
      }),
    onSuccess: async () => {
      setAnswer('');
      setArticle(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['consultation', consultation.id] }),
        queryClient.invalidateQueries({ queryKey: ['consultations'] }),
      ]);
      setStatus(t('desk.answer.sent'));
    },
    onError: (error) =>
      errorState.fail({
        message: error.message || t('form.unexpectedError'),
        fields: renameFields(error, { text: 'answerText' }),
      }),
  });

  function use(hit: ArticleHit) {
    const inserted = `${hit.title}\n\n${hit.body}`;
    setAnswer((current) => (current.trim() ? `${current.trimEnd()}\n\n${inserted}` : inserted));
    setArticle(hit);
    setStatus(t('desk.answer.inserted', { title: hit.title }));
    answerField.current?.focus();
  }

  const labels = { answerText: t('desk.answer.label') };
  return (
    <>
      <ArticlePicker consultation={consultation} onUse={use} />
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('desk.answer.submit')}
        isPending={mutation.isPending}
        onSubmit={() => {
          if (!answer.trim()) {
            errorState.fail({ message: null, fields: { answerText: t('form.required') } });
            return;
          }
          errorState.clear();
          setStatus('');
          mutation.mutate();
        }}
      >
        <TextField
          className="field"
          id={fieldId('answerText')}
          name="answerText"
          value={answer}
          onChange={setAnswer}
          data-field="answerText"
        >
          <Label className="field__label">{labels.answerText}</Label>
          <Text slot="description" className="field__description">
            <FormattedMessage
              id="desk.answer.hint"
              values={{ language: <LanguageName language={consultation.language} /> }}
            />
          </Text>
          <TextArea
            ref={answerField}
            className="field__input field__input--area"
            rows={10}
            lang={consultation.language}
          />
          <FieldError className="field__error" />
        </TextField>
        {article && (
          <p>
            <FormattedMessage id="desk.answer.basedOn" values={{ title: article.title }} />{' '}
            <Button className="button" onPress={() => setArticle(null)}>
              {t('desk.answer.forgetArticle')}
            </Button>
          </p>
        )}
      </FormShell>
      <p role="status">{status}</p>
    </>
  );
}

function ArticlePicker({
  consultation,
  onUse,
}: {
  consultation: Consultation;
  onUse: (hit: ArticleHit) => void;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const hits = useQuery({
    queryKey: ['knowledge', 'picker', consultation.language, consultation.topic, search],
    queryFn: () =>
      searchKnowledge({
        q: search,
        language: consultation.language,
        topic: search ? undefined : consultation.topic,
        limit: 5,
      }),
    placeholderData: (previous) => previous,
  });
  const items = hits.data?.items ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('articleSearch');
    setSearch(typeof value === 'string' ? value.trim() : '');
  }

  return (
    <section className="subform" aria-labelledby="article-picker-title">
      <h3 id="article-picker-title">{t('desk.picker.title')}</h3>
      <p>
        {search
          ? t('desk.picker.results')
          : t('desk.picker.topicArticles', { topic: t(`topic.${consultation.topic}`) })}
      </p>
      <div role="search" aria-labelledby="article-picker-title">
        <Form className="filters" onSubmit={submit}>
          <TextField className="field" name="articleSearch" type="search">
            <Label className="field__label">{t('desk.picker.search')}</Label>
            <Input className="field__input" />
          </TextField>
          <Button type="submit" className="button">
            {t('desk.picker.find')}
          </Button>
        </Form>
      </div>
      {hits.isSuccess && items.length === 0 ? (
        <p>{t('desk.picker.none')}</p>
      ) : (
        <ul className="article-picker__results">
          {items.map((hit) => (
            <li key={hit.articleId}>
              <span>
                <span lang={hit.language}>{hit.title}</span>
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
              </span>
              <Button className="button" onPress={() => onUse(hit)}>
                {t('desk.picker.use')}
                <span className="visually-hidden">: {hit.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
