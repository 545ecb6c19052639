import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  createIndicator,
  type Disaggregation,
  disaggregations,
  type Indicator,
  type IndicatorInput,
  type IndicatorSource,
  listSources,
  type Programme,
  updateIndicator,
} from './api';
import { DefinitionFields } from './DefinitionFields';
import { definitionState, toDefinition } from './definitionState';
import { useWords } from './format';
import { findIndicator } from './IndicatorPage';
import { TargetsField, targetsFrom } from './TargetsField';
import { TranslatedFields, translatedLabels, wordsFrom } from './TranslatedFields';
import { useProgramme } from './useProgramme';
import './programmes.css';

/** `/programmes/:id/results/:resultId/indicators/new` and `/programmes/:id/indicators/:indicatorId/edit`. */
export function IndicatorFormPage() {
  const { id = '', resultId, indicatorId } = useParams();
  const t = useT();
  const programme = useProgramme(id);
  const sources = useQuery({ queryKey: ['indicator-sources'], queryFn: listSources, staleTime: Infinity });
  const indicator = indicatorId && programme.data ? findIndicator(programme.data, indicatorId) : undefined;
  return (
    <QueryState query={programme}>
      <QueryState query={sources}>
        {programme.data && sources.data && (indicator || resultId) ? (
          <IndicatorForm
            programme={programme.data}
            sources={sources.data.items}
            indicator={indicator}
            resultId={indicator?.resultId ?? resultId ?? ''}
          />
        ) : (
          <PageHeading title={t('programmes.indicator.notFound')} />
        )}
      </QueryState>
    </QueryState>
  );
}

function IndicatorForm({
  programme,
  sources,
  indicator,
  resultId,
}: {
  programme: Programme;
  sources: IndicatorSource[];
  indicator: Indicator | undefined;
  resultId: string;
}) {
  const t = useT();
  const words = useWords();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorState = useFormErrors();
  const [definition, setDefinition] = useState(() =>
    definitionState(indicator?.definition ?? null, !indicator),
  );
  const attributesOf = (key: string) => Object.keys(sources.find((s) => s.key === key)?.attributes ?? {});
  const built = toDefinition(definition, programme.id, attributesOf);
  const result = programme.results.find((r) => r.id === resultId);
  const mutation = useMutation({
    mutationFn: (input: IndicatorInput) =>
      indicator
        ? updateIndicator(indicator.id, { ...input, version: indicator.version })
        : createIndicator(resultId, input),
    onSuccess: async ({ id }) => {
      await client.invalidateQueries({ queryKey: ['programme', programme.id] });
      await client.invalidateQueries({ queryKey: ['dashboard', programme.id] });
      await client.invalidateQueries({ queryKey: ['indicator-values'] });
      navigate(`/programmes/${programme.id}/indicators/${id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels: Record<string, string> = {
    code: t('programmes.indicator.code'),
    unit: t('programmes.indicator.unit'),
    'baseline.value': t('programmes.indicator.baselineValue'),
    'baseline.date': t('programmes.indicator.baselineDate'),
    disaggregations: t('programmes.indicator.disaggregations'),
    definition: t('programmes.definition.legend'),
    'definition.source': t('programmes.definition.source'),
    'definition.numerator.source': `${t('programmes.definition.numerator')}: ${t('programmes.definition.source')}`,
    'definition.denominator.source': `${t('programmes.definition.denominator')}: ${t('programmes.definition.source')}`,
    ...translatedLabels('title', t('programmes.indicator.title'), t),
    ...translatedLabels('description', t('programmes.indicator.description'), t),
  };
  for (let n = 0; n < 120; n++) labels[`targets.${n}`] = t('programmes.targets.row', { n: n + 1 });

  function submit(data: FormData) {
    const baselineValue = text(data, 'baseline.value');
    const baselineDate = text(data, 'baseline.date');
    const input: IndicatorInput = {
      code: text(data, 'code'),
      title: wordsFrom(data, 'title'),
      description: wordsFrom(data, 'description'),
      unit: text(data, 'unit'),
      baseline:
        baselineValue || baselineDate
          ? { value: Number(baselineValue.replace(',', '.')), date: baselineDate }
          : null,
      targets: targetsFrom(data),
      disaggregations: data.getAll('disaggregations').map(String) as Disaggregation[],
      definition: built,
    };
    const flat: Record<string, unknown> = { code: input.code, unit: input.unit };
    for (const language of languages) flat[`title.${language}`] = input.title[language];
    const required = ['code', 'unit', ...languages.map((l) => `title.${l}`)];
    const missing = requireFields(flat, required, t('form.required'));
    if (built && built.measure !== 'ratio' && !built.source)
      missing['definition.source'] = t('form.required');
    if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
    mutation.mutate(input);
  }

  const heading = indicator
    ? t('programmes.indicatorForm.editTitle', { code: indicator.code })
    : t('programmes.indicatorForm.newTitle', {
        result: result ? `${result.code} ${words(result.title)}` : '',
      });
  return (
    <>
      <PageHeading title={heading} />
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={indicator ? t('programmes.indicatorForm.save') : t('programmes.indicatorForm.create')}
        isPending={mutation.isPending}
        onSubmit={submit}
      >
        <TextInput name="code" label={labels.code ?? ''} defaultValue={indicator?.code} isRequired />
        <TranslatedFields
          name="title"
          label={t('programmes.indicator.title')}
          defaultValue={indicator?.title}
          isRequired
        />
        <TranslatedFields
          name="description"
          label={t('programmes.indicator.description')}
          defaultValue={indicator?.description}
          multiline
        />
        <TextInput
          name="unit"
          label={labels.unit ?? ''}
          description={t('programmes.indicator.unitHelp')}
          defaultValue={indicator?.unit}
          isRequired
        />
        <div className="inline-fields">
          <TextInput
            name="baseline.value"
            label={labels['baseline.value'] ?? ''}
            inputMode="numeric"
            defaultValue={indicator?.baseline ? String(indicator.baseline.value) : ''}
          />
          <TextInput
            name="baseline.date"
            type="date"
            label={labels['baseline.date'] ?? ''}
            defaultValue={indicator?.baseline?.date ?? ''}
          />
        </div>
        <TargetsField initial={indicator?.targets ?? []} programme={programme} />
        <CheckboxGroupInput
          name="disaggregations"
          label={labels.disaggregations ?? ''}
          description={t('programmes.indicator.disaggregationsHelp')}
          options={disaggregations.map((d) => ({ id: d, label: t(`programmes.disaggregation.${d}`) }))}
          defaultValue={indicator?.disaggregations ?? []}
        />
        <DefinitionFields
          programme={programme}
          sources={sources}
          state={definition}
          onChange={setDefinition}
          definition={built}
        />
      </FormShell>
    </>
  );
}
