import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { QueryState } from '../shell/QueryState';
import { getFigures, registerInstitution, supervisedOrganisations } from './api';
import { ChildcareHeading, MembershipSelect } from './ChildcareHeading';
import { useCareAction } from './useCareAction';

/**
 * An institution's own coordinator registers it for reorganisation: its capacity and how many children the plan
 * means to move to families, by when. Its counts and milestones are then kept on its page.
 */
export function NewInstitutionPage() {
  const t = useT();
  const navigate = useNavigate();
  const figures = useQuery({ queryKey: ['childcare', 'figures'], queryFn: getFigures });
  const registered = new Set(figures.data?.institutions.map((i) => i.organisationId));
  const organisations = supervisedOrganisations(useSignedInSession()).filter(
    (m) => !registered.has(m.organisationId),
  );
  const register = useCareAction(
    (body: Record<string, unknown>) => registerInstitution(body),
    t('childcare.institutions.registered'),
    (created) => navigate(`/childcare/institutions/${created.id}`),
  );
  const labels = {
    organisationId: t('childcare.institution'),
    capacity: t('childcare.capacity'),
    targetChildrenLeaving: t('childcare.institutions.targetLeaving'),
    targetDate: t('childcare.institutions.targetDate'),
  };
  return (
    <>
      <ChildcareHeading title={t('childcare.institutions.register')} />
      <p>{t('childcare.institutions.registerIntro')}</p>
      <p role="status" className="status">
        {register.message}
      </p>
      <QueryState query={figures}>
        {organisations.length === 0 ? (
          <p>{t('childcare.institutions.noneToRegister')}</p>
        ) : (
          <FormShell
            errorState={register.errorState}
            labels={labels}
            submitLabel={t('childcare.institutions.registerSubmit')}
            isPending={register.mutation.isPending}
            onSubmit={(data) => {
              const values = {
                organisationId: text(data, 'organisationId'),
                capacity: text(data, 'capacity'),
                targetChildrenLeaving: text(data, 'targetChildrenLeaving'),
              };
              const body = {
                organisationId: values.organisationId,
                capacity: Number(values.capacity),
                targetChildrenLeaving: Number(values.targetChildrenLeaving),
                targetDate: text(data, 'targetDate') || null,
              };
              register.send(body, Object.keys(values), values);
            }}
          >
            <MembershipSelect label={labels.organisationId} memberships={organisations} />
            <TextInput name="capacity" label={labels.capacity} inputMode="numeric" isRequired />
            <TextInput
              name="targetChildrenLeaving"
              label={labels.targetChildrenLeaving}
              description={t('childcare.institutions.targetLeavingHint')}
              inputMode="numeric"
              isRequired
            />
            <TextInput name="targetDate" type="date" label={labels.targetDate} />
          </FormShell>
        )}
      </QueryState>
    </>
  );
}
