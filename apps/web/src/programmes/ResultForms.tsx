import { Button } from 'react-aria-components';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { createResult, type Result, removeResult, resultLevels, updateResult } from './api';
import { useWords } from './format';
import { TranslatedFields, translatedLabels, wordsFrom } from './TranslatedFields';
import { useLogframeAction } from './useProgramme';

type Level = (typeof resultLevels)[number];

function useResultLabels() {
  const t = useT();
  return { code: t('programmes.result.code'), ...translatedLabels('title', t('programmes.result.title'), t) };
}

/** A new goal, outcome or output under its parent, in a disclosure so the logframe stays readable. */
export function AddResult({
  programmeId,
  parentId,
  level,
}: {
  programmeId: string;
  parentId: string | null;
  level: Level;
}) {
  const t = useT();
  const labels = useResultLabels();
  const add = useLogframeAction(
    programmeId,
    (body: Parameters<typeof createResult>[1]) => createResult(programmeId, body),
    t(`programmes.result.added.${level}`),
  );
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      {/* A new round closes the disclosure: the added result shows in the logframe above it. */}
      <details className="subform" key={add.round}>
        <summary>{t(`programmes.result.add.${level}`)}</summary>
        <FormShell
          errorState={add.errorState}
          labels={labels}
          submitLabel={t(`programmes.result.add.${level}`)}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const body = { parentId, level, code: text(data, 'code'), title: wordsFrom(data, 'title') };
            const missing = requireFields({ code: body.code }, ['code'], t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate(body);
          }}
        >
          <TextInput name="code" label={labels.code} isRequired />
          <TranslatedFields name="title" label={t('programmes.result.title')} isRequired />
        </FormShell>
      </details>
    </>
  );
}

/** Rename a result, or remove it once nothing stands under it. */
export function ResultActions({
  programmeId,
  result,
  isEmpty,
}: {
  programmeId: string;
  result: Result;
  isEmpty: boolean;
}) {
  const t = useT();
  const words = useWords();
  const labels = useResultLabels();
  const rename = useLogframeAction(
    programmeId,
    (body: { code: string; title: Result['title'] }) =>
      updateResult(result.id, { ...body, version: result.version }),
    t('programmes.result.renamed'),
  );
  const remove = useLogframeAction(
    programmeId,
    () => removeResult(result.id),
    t('programmes.result.removed'),
  );
  const name = `${result.code} ${words(result.title)}`;
  return (
    <div className="result-actions">
      <p role="status" className="status">
        {rename.message || remove.message}
      </p>
      <ErrorSummary errors={remove.errorState.errors} labels={{}} summaryRef={remove.errorState.summaryRef} />
      <details className="subform" key={rename.round}>
        <summary>
          {t('programmes.result.rename')}
          <span className="visually-hidden">: {name}</span>
        </summary>
        <FormShell
          errorState={rename.errorState}
          labels={labels}
          submitLabel={t('programmes.result.save')}
          isPending={rename.mutation.isPending}
          onSubmit={(data) =>
            rename.mutation.mutate({ code: text(data, 'code'), title: wordsFrom(data, 'title') })
          }
        >
          <TextInput name="code" label={labels.code} defaultValue={result.code} isRequired />
          <TranslatedFields
            name="title"
            label={t('programmes.result.title')}
            defaultValue={result.title}
            isRequired
          />
        </FormShell>
      </details>
      {isEmpty && (
        <Button
          className="button"
          onPress={() => remove.mutation.mutate(undefined)}
          isPending={remove.mutation.isPending}
        >
          {t('programmes.result.remove')}
          <span className="visually-hidden">: {name}</span>
        </Button>
      )}
    </div>
  );
}
