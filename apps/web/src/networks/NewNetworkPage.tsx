import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { PageHeading } from '../shell/PageHeading';
import { createNetwork, type NewNetwork } from './api';

export function NewNetworkPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const mutation = useMutation({
    mutationFn: (network: NewNetwork) => createNetwork(network),
    onSuccess: (network) => {
      void queryClient.invalidateQueries({ queryKey: ['networks'] });
      navigate(`/networks/${network.id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = {
    name: t('networks.form.name'),
    description: t('networks.form.description'),
    leadOrganisationId: t('networks.form.lead'),
  };

  function submit(data: FormData) {
    const network = {
      name: text(data, 'name'),
      description: text(data, 'description'),
      leadOrganisationId: text(data, 'leadOrganisationId') || undefined,
    };
    const missing = requireFields(network, ['name'], t('form.required'));
    if (Object.keys(missing).length > 0) {
      errorState.fail({ message: null, fields: missing });
      return;
    }
    errorState.clear();
    mutation.mutate(network);
  }

  return (
    <>
      <PageHeading title={t('networks.new')} />
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('networks.create')}
        isPending={mutation.isPending}
        onSubmit={submit}
      >
        <TextInput name="name" label={labels.name} isRequired />
        <TextAreaInput name="description" label={labels.description} />
        <OrganisationPicker name="leadOrganisationId" label={labels.leadOrganisationId} />
      </FormShell>
    </>
  );
}
