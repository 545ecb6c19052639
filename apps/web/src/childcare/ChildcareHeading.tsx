import { Link } from 'react-router';
import type { SessionMembership } from '../auth/session';
import { SelectInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';

/** A child-protection page's heading, with the way back to the overview. */
export function ChildcareHeading({ title }: { title: string }) {
  const t = useT();
  return (
    <>
      <PageHeading title={title} />
      <p>
        <Link to="/childcare">{t('childcare.back')}</Link>
      </p>
    </>
  );
}

/** The organisation a record is made for, among the user's own; already chosen when there is only one. */
export function MembershipSelect({
  label,
  memberships,
}: {
  label: string;
  memberships: SessionMembership[];
}) {
  const t = useT();
  return (
    <SelectInput
      name="organisationId"
      label={label}
      placeholder={t('form.choose')}
      options={memberships.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
      defaultValue={memberships.length === 1 ? memberships[0]?.organisationId : null}
      isRequired
    />
  );
}
