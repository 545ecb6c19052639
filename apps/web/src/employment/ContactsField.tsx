import { useState } from 'react';
import { Button } from 'react-aria-components';
import { TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import type { EmployerContact } from './api';

const fields = ['name', 'position', 'phone', 'email'] as const;
/** The API keeps up to ten contact persons for an employer. */
const most = 10;

type Row = EmployerContact & { key: number };
let nextKey = 1;

/** The labels of every contact person's fields, named `contacts.<n>.<field>` as the API names its errors. */
export function contactLabels(t: ReturnType<typeof useT>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let index = 0; index < most; index++)
    for (const field of fields)
      labels[`contacts.${index}.${field}`] = t(`employment.contact.${field}`, { n: index + 1 });
  return labels;
}

/** An employer's contact persons: added and removed one by one, each with a name and how to reach them. */
export function ContactsField({ initial }: { initial: EmployerContact[] }) {
  const t = useT();
  const [rows, change] = useState<Row[]>(() => initial.map((c) => ({ ...c, key: nextKey++ })));
  return (
    <fieldset className="fieldset">
      <legend>{t('employment.employer.contacts')}</legend>
      {rows.map((row, index) => (
        <div className="inline-fields" key={row.key}>
          {fields.map((field) => (
            <TextInput
              key={field}
              name={`contacts.${index}.${field}`}
              label={t(`employment.contact.${field}`, { n: index + 1 })}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              defaultValue={row[field]}
              isRequired={field === 'name'}
            />
          ))}
          <Button className="button" onPress={() => change(rows.filter((r) => r.key !== row.key))}>
            {t('employment.contact.remove', { n: index + 1 })}
          </Button>
        </div>
      ))}
      {rows.length < most && (
        <Button
          className="button"
          onPress={() => change([...rows, { key: nextKey++, name: '', position: '', phone: '', email: '' }])}
        >
          {t('employment.contact.add')}
        </Button>
      )}
    </fieldset>
  );
}

/** The contact persons written in the form; a row left wholly empty is no contact. */
export function contactsFrom(data: FormData): EmployerContact[] {
  const contacts: EmployerContact[] = [];
  for (let index = 0; data.has(`contacts.${index}.name`); index++) {
    const contact = Object.fromEntries(
      fields.map((field) => [field, String(data.get(`contacts.${index}.${field}`) ?? '').trim()]),
    ) as unknown as EmployerContact;
    if (fields.some((field) => contact[field])) contacts.push(contact);
  }
  return contacts;
}
