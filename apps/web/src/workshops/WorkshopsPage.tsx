import { useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { ProgrammeSelect, programmeValue } from '../programmes/ProgrammeSelect';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { createWorkshop, listWorkshops, type Workshop, workshopKinds, workshopOrganisations } from './api';
import { useWorkshopAction } from './useWorkshopAction';

/** The workshops of the user's organisations, with how many train there now and how many completed. */
export function WorkshopsPage() {
  const t = useT();
  const workshops = useQuery({ queryKey: ['workshops'], queryFn: () => listWorkshops() });
  const items = workshops.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('workshops.title')} />
      <p>{t('workshops.intro')}</p>
      <QueryState query={workshops}>
        {items.length === 0 ? (
          <p>{t('workshops.none')}</p>
        ) : (
          <ul className="card-list">
            {items.map((w) => (
              <li key={w.id} className="card">
                <Link to={`/workshops/${w.id}`}>{w.name}</Link>
                <p>
                  {t(`workshops.kind.${w.kind}`)} · <OrganisationName id={w.organisationId} />
                </p>
                <p>
                  <FormattedMessage
                    id="workshops.counts"
                    values={{ enrolled: w.enrolled, completed: w.completed }}
                  />
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <NewWorkshop />
    </>
  );
}

function NewWorkshop() {
  const t = useT();
  const navigate = useNavigate();
  const organisations = workshopOrganisations(useSignedInSession());
  const regions = useRegionOptions();
  const add = useWorkshopAction(
    'new',
    async (body: Record<string, unknown>) => {
      const created = (await createWorkshop(body)) as Workshop;
      navigate(`/workshops/${created.id}`);
    },
    t('workshops.created'),
  );
  if (organisations.length === 0) return null;
  const labels = {
    organisationId: t('workshops.organisation'),
    kind: t('workshops.kindLabel'),
    name: t('workshops.name'),
    regionId: t('workshops.region'),
    address: t('workshops.address'),
    capacity: t('workshops.capacity'),
    programmeId: t('workshops.programme.label'),
  };
  return (
    <section className="section" aria-labelledby="new-workshop">
      <h2 id="new-workshop">{t('workshops.new')}</h2>
      <details className="subform">
        <summary>{t('workshops.new')}</summary>
        <FormShell
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('workshops.create')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const capacity = text(data, 'capacity');
            const body = {
              organisationId: text(data, 'organisationId') || organisations[0]?.organisationId,
              kind: text(data, 'kind'),
              name: text(data, 'name'),
              address: text(data, 'address'),
              capacity: capacity ? Number(capacity) : null,
              programmeId: programmeValue(text(data, 'programmeId')),
              regionId: text(data, 'regionId') || null,
            };
            const missing = requireFields(body, ['kind', 'name'], t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate(body);
          }}
        >
          {organisations.length > 1 && (
            <SelectInput
              name="organisationId"
              label={labels.organisationId}
              placeholder={t('form.choose')}
              options={organisations.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
              defaultValue={organisations[0]?.organisationId}
              isRequired
            />
          )}
          <SelectInput
            name="kind"
            label={labels.kind}
            placeholder={t('form.choose')}
            options={workshopKinds.map((k) => ({ id: k, label: t(`workshops.kind.${k}`) }))}
            isRequired
          />
          <TextInput name="name" label={labels.name} isRequired />
          <SelectInput
            name="regionId"
            label={labels.regionId}
            description={t('workshops.regionHint')}
            placeholder={t('form.choose')}
            options={regions.options}
          />
          <TextInput name="address" label={labels.address} />
          <TextInput name="capacity" label={labels.capacity} inputMode="numeric" />
          <ProgrammeSelect name="programmeId" label={labels.programmeId} />
        </FormShell>
      </details>
    </section>
  );
}
