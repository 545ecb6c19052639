import { useNavigate } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { childProtectionSupervisions, createCommission } from './api';
import { ChildcareHeading, MembershipSelect } from './ChildcareHeading';
import { useCareAction } from './useCareAction';

/** A child-protection supervisor sets up a gatekeeping commission; its members and meetings follow on its page. */
export function NewCommissionPage() {
  const t = useT();
  const navigate = useNavigate();
  const regions = useRegionOptions();
  const organisations = childProtectionSupervisions(useSignedInSession());
  const create = useCareAction(
    (body: Record<string, unknown>) => createCommission(body),
    t('childcare.commissions.created'),
    (created) => navigate(`/childcare/commissions/${created.id}`),
  );
  const labels = {
    organisationId: t('childcare.commissions.organisation'),
    name: t('childcare.commissions.name'),
    regionId: t('childcare.commissions.region'),
  };
  return (
    <>
      <ChildcareHeading title={t('childcare.commissions.new')} />
      <p role="status" className="status">
        {create.message}
      </p>
      {organisations.length === 0 ? (
        <p>{t('childcare.commissions.notSupervisor')}</p>
      ) : (
        <FormShell
          errorState={create.errorState}
          labels={labels}
          submitLabel={t('childcare.commissions.create')}
          isPending={create.mutation.isPending}
          onSubmit={(data) => {
            const body = {
              organisationId: text(data, 'organisationId'),
              name: text(data, 'name'),
              regionId: text(data, 'regionId') || null,
            };
            create.send(body, ['organisationId', 'name']);
          }}
        >
          <MembershipSelect label={labels.organisationId} memberships={organisations} />
          <TextInput name="name" label={labels.name} isRequired />
          <SelectInput
            name="regionId"
            label={labels.regionId}
            description={t('childcare.commissions.regionHint')}
            placeholder={t('form.choose')}
            options={regions.options}
          />
        </FormShell>
      )}
    </>
  );
}
