import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { createOrganisation, type OrganisationFields } from './api';
import { OrganisationForm } from './OrganisationForm';

export function NewOrganisationPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const mutation = useMutation({
    mutationFn: (fields: OrganisationFields) => createOrganisation(fields),
    onSuccess: (organisation) => {
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
      navigate(`/organisations/${organisation.id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return (
    <>
      <PageHeading title={t('organisations.new')} />
      <OrganisationForm
        errorState={errorState}
        submitLabel={t('organisations.create')}
        isPending={mutation.isPending}
        onSave={(fields) => mutation.mutate(fields)}
      />
    </>
  );
}
