import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedMessage, FormattedNumber } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { fullName } from '../persons/api';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listVolunteers, spokenLanguages, volunteerSkills } from './api';
import { useSkillName } from './format';
import { RegisterVolunteer } from './RegisterVolunteer';

const anyValue = 'any';

/** The roster, filtered by skill, language and expertise, with the hours each gave. */
export function VolunteersPage() {
  const t = useT();
  const skillName = useSkillName();
  const [params, setParams] = useSearchParams();
  const filter = {
    q: params.get('q') ?? undefined,
    skill: params.get('skill') ?? undefined,
    language: params.get('language') ?? undefined,
    expert: params.get('expert') ?? undefined,
  };
  const roster = useQuery({ queryKey: ['volunteers', filter], queryFn: () => listVolunteers(filter) });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['q', 'skill', 'language', 'expert']) {
      const value = text(data, name);
      if (value && value !== anyValue) next.set(name, value);
    }
    setParams(next);
  }

  const items = roster.data?.items ?? [];
  const choice = (options: { id: string; label: string }[]) => [
    { id: anyValue, label: t('filters.any') },
    ...options,
  ];
  return (
    <>
      <PageHeading title={t('volunteers.title')} />
      <p>{t('volunteers.intro')}</p>
      <div role="search" aria-label={t('filters.label')}>
        <Form className="filters" onSubmit={apply}>
          <TextInput
            key={`q-${filter.q}`}
            name="q"
            type="search"
            label={t('volunteers.search')}
            defaultValue={filter.q}
          />
          <SelectInput
            key={`skill-${filter.skill}`}
            name="skill"
            label={t('volunteers.skills')}
            placeholder={t('filters.any')}
            options={choice(volunteerSkills.map((s) => ({ id: s, label: t(`volunteers.skill.${s}`) })))}
            defaultValue={filter.skill ?? anyValue}
          />
          <SelectInput
            key={`language-${filter.language}`}
            name="language"
            label={t('volunteers.languages')}
            placeholder={t('filters.any')}
            options={choice(spokenLanguages.map((l) => ({ id: l, label: t(`volunteers.language.${l}`) })))}
            defaultValue={filter.language ?? anyValue}
          />
          <SelectInput
            key={`expert-${filter.expert}`}
            name="expert"
            label={t('volunteers.expertFilter')}
            placeholder={t('filters.any')}
            options={choice([
              { id: 'true', label: t('volunteers.expertsOnly') },
              { id: 'false', label: t('volunteers.volunteersOnly') },
            ])}
            defaultValue={filter.expert ?? anyValue}
          />
          <Button type="submit" className="button">
            {t('filters.apply')}
          </Button>
        </Form>
      </div>
      <QueryState query={roster}>
        <p role="status">
          {items.length < (roster.data?.total ?? 0) ? (
            <FormattedMessage
              id="volunteers.shownOf"
              values={{ count: items.length, total: roster.data?.total }}
            />
          ) : (
            <FormattedMessage id="volunteers.shown" values={{ count: items.length }} />
          )}
        </p>
        {items.length > 0 && (
          <DataTable id="roster-caption" caption={t('volunteers.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('volunteers.name')}</th>
                <th scope="col">{t('volunteers.skills')}</th>
                <th scope="col">{t('volunteers.languages')}</th>
                <th scope="col">{t('volunteers.expertise')}</th>
                <th scope="col">{t('volunteers.hoursGiven')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link to={`/volunteers/${v.id}`}>{fullName(v) || t('persons.nameHidden')}</Link>
                    {v.status === 'inactive' && (
                      <span className="tag">{t('volunteers.status.inactive')}</span>
                    )}
                  </th>
                  <td>{v.skills.map(skillName).join(', ')}</td>
                  <td>{v.languages.map((l) => t(`volunteers.language.${l}`)).join(', ')}</td>
                  <td>{v.expert ? v.expertise : '—'}</td>
                  <td>
                    <FormattedNumber value={v.hours} maximumFractionDigits={2} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </QueryState>
      <RegisterVolunteer />
    </>
  );
}
