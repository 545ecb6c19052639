import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { type FullPerson, linkPerson, personRelations } from './api';
import { PersonPicker } from './PersonPicker';
import { useRefreshPerson } from './usePerson';

/** Parents, children, guardians and carers, each a link to their own record; and a form to add one. */
export function Relatives({ detail }: { detail: FullPerson }) {
  const t = useT();
  const id = detail.person.id;
  const refresh = useRefreshPerson(id);
  const errorState = useFormErrors();
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState('');
  const labels = { relatedPersonId: t('relatives.person'), relation: t('relatives.relation') };
  const add = useMutation({
    mutationFn: (input: { relatedPersonId: string; relation: string }) =>
      linkPerson(id, input.relatedPersonId, input.relation),
    onSuccess: async () => {
      await refresh();
      setFormKey((key) => key + 1);
      setMessage(t('relatives.added'));
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return (
    <>
      {detail.links.length === 0 ? (
        <p>{t('relatives.none')}</p>
      ) : (
        <ul>
          {detail.links.map((link) => (
            <li key={link.id}>
              {t(`relation.${link.relation}`)}:{' '}
              {link.name === null ? (
                t('persons.nameHidden')
              ) : (
                <Link to={`/persons/${link.relatedPersonId}`}>{link.name}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status">
        {message}
      </p>
      {detail.abilities.update && (
        <details className="subform">
          <summary>{t('relatives.add')}</summary>
          <FormShell
            key={formKey}
            errorState={errorState}
            labels={labels}
            submitLabel={t('relatives.add')}
            isPending={add.isPending}
            onSubmit={(data) => {
              const input = {
                relatedPersonId: text(data, 'relatedPersonId'),
                relation: text(data, 'relation'),
              };
              const missing = requireFields(input, ['relatedPersonId', 'relation'], t('form.required'));
              if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
              errorState.clear();
              setMessage('');
              add.mutate(input);
            }}
          >
            <PersonPicker name="relatedPersonId" label={labels.relatedPersonId} excludeId={id} />
            <SelectInput
              name="relation"
              label={labels.relation}
              description={t('relatives.relationHint')}
              placeholder={t('form.choose')}
              options={personRelations.map((relation) => ({
                id: relation,
                label: t(`relation.${relation}`),
              }))}
              isRequired
            />
          </FormShell>
        </details>
      )}
    </>
  );
}
