import { useMutation } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { FormShell, text } from '../forms/FormShell';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { fullName, type Person, type PersonFields, updatePerson } from './api';
import { PersonFormFields, usePersonLabels } from './PersonFormFields';
import { checkPersonFields, personFieldsOf } from './personForm';
import { usePerson, useRefreshPerson } from './usePerson';

function EditForm({ person }: { person: Person }) {
  const t = useT();
  const navigate = useNavigate();
  const refresh = useRefreshPerson(person.id);
  const errorState = useFormErrors();
  const labels = usePersonLabels();
  const save = useMutation({
    mutationFn: (fields: PersonFields) => updatePerson(person.id, fields, person.version),
    onSuccess: async () => {
      await refresh();
      navigate(`/persons/${person.id}`, { state: { message: t('form.saved') } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        errorState.fail({ message: t('form.conflict'), fields: {} });
        void refresh();
      } else errorState.failWith(error, t('form.unexpectedError'));
    },
  });
  return (
    <FormShell
      errorState={errorState}
      labels={labels}
      submitLabel={t('form.save')}
      isPending={save.isPending}
      onSubmit={(data) => {
        const fields = personFieldsOf(data);
        const problems = checkPersonFields(fields, text(data, 'sex') !== '', {
          required: t('form.required'),
          year: t('person.form.badYear'),
        });
        if (Object.keys(problems).length) return errorState.fail({ message: null, fields: problems });
        errorState.clear();
        save.mutate(fields);
      }}
    >
      <PersonFormFields person={person} />
    </FormShell>
  );
}

export function EditPersonPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = usePerson(id);
  const person = detail.data?.access === 'full' ? detail.data.person : null;
  return (
    <>
      <PageHeading title={t('person.editTitle', { name: person ? fullName(person) : '' })} />
      <QueryState query={detail}>{person && <EditForm person={person} />}</QueryState>
    </>
  );
}
