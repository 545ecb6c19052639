import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { createProgramme, type Programme, type ProgrammeInput, updateProgramme } from './api';
import { useWords } from './format';
import { ProgrammeForm } from './ProgrammeForm';
import { useProgramme } from './useProgramme';
import './programmes.css';

export function NewProgrammePage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorState = useFormErrors();
  const mutation = useMutation({
    mutationFn: createProgramme,
    onSuccess: async ({ id }) => {
      await client.invalidateQueries({ queryKey: ['programmes'] });
      navigate(`/programmes/${id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return (
    <>
      <PageHeading title={t('programmes.new.title')} />
      <ProgrammeForm
        errorState={errorState}
        submitLabel={t('programmes.new.submit')}
        isPending={mutation.isPending}
        onSave={(input) => mutation.mutate(input)}
      />
    </>
  );
}

export function EditProgrammePage() {
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  return (
    <QueryState query={programme}>
      {programme.data && <EditProgramme programme={programme.data} />}
    </QueryState>
  );
}

function EditProgramme({ programme }: { programme: Programme }) {
  const t = useT();
  const words = useWords();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorState = useFormErrors();
  const mutation = useMutation({
    mutationFn: ({ ownerOrganisationId: _owner, ...input }: ProgrammeInput) =>
      updateProgramme(programme.id, { ...input, version: programme.version }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['programme', programme.id] });
      await client.invalidateQueries({ queryKey: ['programmes'] });
      navigate(`/programmes/${programme.id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return (
    <>
      <PageHeading title={t('programmes.edit.title', { title: words(programme.title) })} />
      <ProgrammeForm
        programme={programme}
        errorState={errorState}
        submitLabel={t('programmes.edit.submit')}
        isPending={mutation.isPending}
        onSave={(input) => mutation.mutate(input)}
      />
    </>
  );
}
