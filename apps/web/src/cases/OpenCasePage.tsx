import { useMutation } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useSignedInSession, workingMemberships } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { fullName, localToday } from '../persons/api';
import { usePerson, useRefreshPerson } from '../persons/usePerson';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { caseKinds, openCase } from './api';

/** Opens a case for a person, in the worker's organisation, assigned to the worker by default. */
export function OpenCasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useSignedInSession();
  const detail = usePerson(id);
  const refresh = useRefreshPerson(id);
  const errorState = useFormErrors();
  const owner = detail.data?.person.ownerOrganisationId;
  const organisations = workingMemberships(session).filter((m) => m.organisationId === owner);
  const labels = { kind: t('case.kind'), openedOn: t('case.openedOn'), summary: t('case.summary') };
  const open = useMutation({
    mutationFn: openCase,
    onSuccess: async (created) => {
      await refresh();
      navigate(`/cases/${created.id}`, { state: { message: t('case.opened') } });
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const name = detail.data ? fullName(detail.data.person) : '';
  return (
    <>
      <PageHeading title={t('case.openTitle', { name })} />
      <QueryState query={detail}>
        <FormShell
          errorState={errorState}
          labels={labels}
          submitLabel={t('case.open')}
          isPending={open.isPending}
          onSubmit={(data) => {
            const input = {
              kind: text(data, 'kind'),
              openedOn: text(data, 'openedOn'),
              summary: text(data, 'summary'),
            };
            const missing = requireFields(input, ['kind', 'openedOn'], t('form.required'));
            if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
            errorState.clear();
            open.mutate({
              ...input,
              personId: id,
              organisationId: organisations[0]?.organisationId ?? owner ?? '',
              workerId: session.user.id,
            });
          }}
        >
          <SelectInput
            name="kind"
            label={labels.kind}
            placeholder={t('form.choose')}
            options={caseKinds.map((kind) => ({ id: kind, label: t(`case.kind.${kind}`) }))}
            isRequired
          />
          <TextInput
            name="openedOn"
            type="date"
            label={labels.openedOn}
            defaultValue={localToday()}
            isRequired
          />
          <TextAreaInput name="summary" label={labels.summary} description={t('case.summaryHint')} />
        </FormShell>
      </QueryState>
    </>
  );
}
