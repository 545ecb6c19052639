import { FormattedDate } from 'react-intl';
import { languageNames } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { useRegionOptions } from '../regions/api';
import { ageOf, type Person } from './api';
import { usePersonLabels } from './PersonFormFields';

function DateValue({ value }: { value: string | null | undefined }) {
  return value ? <FormattedDate value={value} dateStyle="long" timeZone="UTC" /> : null;
}

/** The record as a list of labelled values; for a shared record, only the fields that were shared. */
export function PersonDetails({ person }: { person: Partial<Person> & { ownerOrganisationId: string } }) {
  const t = useT();
  const labels = usePersonLabels();
  const regions = useRegionOptions();
  const age = person.birthDate !== undefined || person.birthYear !== undefined ? ageOf(person) : null;
  const rows: [string, React.ReactNode][] = [];
  const add = (name: string, value: React.ReactNode, shown = true) => {
    if (shown)
      rows.push([labels[name] ?? t(`person.field.${name}`), value === '' || value === null ? '—' : value]);
  };
  const has = (name: keyof Person) => name in person;
  add('latinName', person.latinName, has('latinName'));
  add('sex', person.sex ? t(`person.sex.${person.sex}`) : '', has('sex'));
  add(
    'birthDate',
    person.birthDate ? (
      <>
        <DateValue value={person.birthDate} /> {age !== null && `(${t('person.age', { age })})`}
      </>
    ) : person.birthYear ? (
      `${person.birthYear} ${age !== null ? `(${t('person.age', { age })})` : ''}`
    ) : (
      '—'
    ),
    has('birthDate'),
  );
  add('regionId', regions.nameOf(person.regionId ?? null), has('regionId'));
  add('locality', person.locality, has('locality'));
  add('address', person.address, has('address'));
  add('phones', person.phones?.join(', '), has('phones'));
  add('languages', person.languages?.map((code) => languageNames[code]).join(', '), has('languages'));
  add(
    'disabilityStatus',
    person.disabilityStatus ? t(`person.disability.${person.disabilityStatus}`) : '',
    has('disabilityStatus'),
  );
  add(
    'disabilityCertificateDate',
    <DateValue value={person.disabilityCertificateDate} />,
    has('disabilityCertificateDate'),
  );
  add('disabilityReviewDate', <DateValue value={person.disabilityReviewDate} />, has('disabilityReviewDate'));
  add(
    'functionalDifficulty',
    person.functionalDifficulty
      ? t(`functioning.outcome.${person.functionalDifficulty}`)
      : t('functioning.notAssessed'),
    has('functionalDifficulty'),
  );
  add('tags', person.tags?.map((tag) => t(`person.tag.${tag}`)).join(', '), has('tags'));
  add('notes', person.notes, has('notes'));
  add('ownerOrganisation', <OrganisationName id={person.ownerOrganisationId} />);
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
