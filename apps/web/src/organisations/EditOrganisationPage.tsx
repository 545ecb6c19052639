import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getOrganisation, type OrganisationFields, updateOrganisation } from './api';
import { OrganisationForm } from './OrganisationForm';

export function EditOrganisationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const detail = useQuery({ queryKey: ['organisation', id], queryFn: () => getOrganisation(id) });
  const mutation = useMutation({
    mutationFn: ({ fields, version }: { fields: OrganisationFields; version: number }) =>
      updateOrganisation(id, fields, version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
      void queryClient.invalidateQueries({ queryKey: ['organisation', id] });
      navigate(`/organisations/${id}`);
    },
    onError: (error) => {
      // Someone else saved first: say so plainly rather than overwrite their work.
      if (error instanceof ApiError && error.status === 409) {
        errorState.fail({ message: t('form.conflict'), fields: {} });
        return;
      }
      errorState.failWith(error, t('form.unexpectedError'));
    },
  });

  const organisation = detail.data?.organisation;
  return (
    <>
      <PageHeading title={t('organisations.edit', { name: organisation?.name ?? '' })} />
      <QueryState query={detail}>
        {mutation.error instanceof ApiError && mutation.error.status === 409 && (
          <Button
            className="button"
            onPress={() => {
              errorState.clear();
              mutation.reset();
              void detail.refetch();
            }}
          >
            {t('form.reload')}
          </Button>
        )}
        {organisation && (
          <OrganisationForm
            key={organisation.version}
            organisation={organisation}
            errorState={errorState}
            submitLabel={t('form.save')}
            isPending={mutation.isPending}
            onSave={(fields) => mutation.mutate({ fields, version: organisation.version })}
          />
        )}
      </QueryState>
    </>
  );
}
