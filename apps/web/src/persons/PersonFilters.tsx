import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { caseStates } from '../cases/api';
import { text } from '../forms/FormShell';
import { type Option, SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import {
  difficultyOutcomes,
  disabilityStatuses,
  type PersonFilters as Filters,
  personFilterNames,
  personTags,
  sexes,
} from './api';

const anyValue = 'any';

/** The search and filters of the person list; applying them writes the URL, which is the saved filter. */
export function PersonFilters({
  filters,
  onApply,
}: {
  filters: Filters;
  onApply: (next: URLSearchParams) => void;
}) {
  const t = useT();
  const regions = useRegionOptions();
  const any: Option = { id: anyValue, label: t('filters.any') };

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of personFilterNames) {
      const value = text(data, name);
      if (value && value !== anyValue) next.set(name, value);
    }
    onApply(next);
  }

  const select = (name: keyof Filters, label: string, options: Option[]) => (
    <SelectInput
      key={`${name}-${filters[name] ?? ''}-${options.length}`}
      name={name}
      label={label}
      placeholder={t('filters.any')}
      options={[any, ...options]}
      defaultValue={filters[name] || anyValue}
    />
  );

  return (
    <div role="search" aria-label={t('filters.label')}>
      <Form className="filters" onSubmit={apply}>
        <TextInput
          name="q"
          type="search"
          label={t('persons.search')}
          description={t('persons.searchHint')}
          defaultValue={filters.q}
        />
        {select('regionId', t('person.field.regionId'), regions.options)}
        {select(
          'sex',
          t('person.field.sex'),
          sexes.map((sex) => ({ id: sex, label: t(`person.sex.${sex}`) })),
        )}
        <TextInput
          name="ageFrom"
          label={t('persons.ageFrom')}
          inputMode="numeric"
          maxLength={3}
          defaultValue={filters.ageFrom}
        />
        <TextInput
          name="ageTo"
          label={t('persons.ageTo')}
          inputMode="numeric"
          maxLength={3}
          defaultValue={filters.ageTo}
        />
        {select(
          'disabilityStatus',
          t('person.field.disabilityStatus'),
          disabilityStatuses.map((status) => ({ id: status, label: t(`person.disability.${status}`) })),
        )}
        {select(
          'functionalDifficulty',
          t('person.field.functionalDifficulty'),
          difficultyOutcomes.map((outcome) => ({ id: outcome, label: t(`functioning.outcome.${outcome}`) })),
        )}
        {select(
          'tag',
          t('persons.tag'),
          personTags.map((tag) => ({ id: tag, label: t(`person.tag.${tag}`) })),
        )}
        {select(
          'caseState',
          t('persons.caseState'),
          caseStates.map((state) => ({ id: state, label: t(`case.state.${state}`) })),
        )}
        <Button type="submit" className="button button--primary">
          {t('filters.apply')}
        </Button>
      </Form>
    </div>
  );
}
