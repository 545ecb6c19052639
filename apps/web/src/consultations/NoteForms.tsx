import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { addNote, type Consultation, handOver } from './api';
import { renameFields } from './format';

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['consultation', id] }),
      queryClient.invalidateQueries({ queryKey: ['consultations'] }),
    ]);
}

/** A note for colleagues: kept with the question, never sent to the person. */
export function NoteForm({ consultation }: { consultation: Consultation }) {
  const t = useT();
  const refresh = useRefresh(consultation.id);
  const errorState = useFormErrors();
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState('');
  const mutation = useMutation({
    mutationFn: (body: string) => addNote(consultation.id, body),
    onSuccess: async () => {
      await refresh();
      setRound((n) => n + 1);
      setStatus(t('desk.note.added'));
    },
    onError: (error) =>
      errorState.fail({
        message: error.message || t('form.unexpectedError'),
        fields: renameFields(error, { text: 'noteText' }),
      }),
  });
  const labels = { noteText: t('desk.note.label') };
  return (
    <>
      <FormShell
        key={round}
        errorState={errorState}
        labels={labels}
        submitLabel={t('desk.note.submit')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const body = text(data, 'noteText');
          const problems = requireFields({ noteText: body }, ['noteText'], t('form.required'));
          if (problems.noteText) {
            errorState.fail({ message: null, fields: problems });
            return;
          }
          errorState.clear();
          setStatus('');
          mutation.mutate(body);
        }}
      >
        <TextAreaInput name="noteText" label={labels.noteText} description={t('desk.note.hint')} />
      </FormShell>
      <p role="status">{status}</p>
    </>
  );
}

/** Another expert of the organisation takes the question over; a note can say why. */
export function HandOverForm({
  consultation,
  experts,
}: {
  consultation: Consultation;
  experts: { id: string; name: string }[];
}) {
  const t = useT();
  const refresh = useRefresh(consultation.id);
  const errorState = useFormErrors();
  const [status, setStatus] = useState('');
  const mutation = useMutation({
    mutationFn: (input: { expertId: string; note: string }) =>
      handOver(consultation.id, { ...input, version: consultation.version }),
    onSuccess: async () => {
      await refresh();
      setStatus(t('desk.handOver.done'));
    },
    onError: (error) =>
      errorState.fail({
        message: error.message || t('form.unexpectedError'),
        fields: renameFields(error, { note: 'handOverNote' }),
      }),
  });
  if (experts.length === 0) return <p>{t('desk.handOver.nobody')}</p>;
  const labels = { expertId: t('desk.handOver.expert'), handOverNote: t('desk.handOver.note') };
  return (
    <>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('desk.handOver.submit')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const values = { expertId: text(data, 'expertId'), note: text(data, 'handOverNote') };
          const problems = requireFields(values, ['expertId'], t('form.required'));
          if (problems.expertId) {
            errorState.fail({ message: null, fields: problems });
            return;
          }
          errorState.clear();
          setStatus('');
          mutation.mutate(values);
        }}
      >
        <SelectInput
          name="expertId"
          label={labels.expertId}
          placeholder={t('form.choose')}
          options={experts.map((expert) => ({ id: expert.id, label: expert.name }))}
          isRequired
        />
        <TextAreaInput
          name="handOverNote"
          label={labels.handOverNote}
          description={t('desk.handOver.noteHint')}
        />
      </FormShell>
      <p role="status">{status}</p>
    </>
  );
}
