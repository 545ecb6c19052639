import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { fieldId } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { fullName, listPersons } from './api';

/** Type a name, phone or id to find a person; the server ranks the matches. */
export function PersonPicker({
  name,
  label,
  excludeId,
}: {
  name: string;
  label: string;
  excludeId?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const results = useQuery({
    queryKey: ['persons', { q: search, picker: true }],
    queryFn: () => listPersons({ q: search }, null),
    enabled: search.trim().length >= 2,
    placeholderData: (previous) => previous,
  });
  const items = (results.data?.items ?? []).filter((person) => person.id !== excludeId);
  return (
    <ComboBox
      className="field"
      name={name}
      formValue="key"
      items={items}
      inputValue={search}
      onInputChange={setSearch}
      menuTrigger="input"
      // Stays open while the server is still searching, so matches that arrive after the last key show.
      allowsEmptyCollection
      data-field={name}
    >
      <Label className="field__label">{label}</Label>
      <Text slot="description" className="field__description">
        {t('persons.pickerHint')}
      </Text>
      <div className="combobox">
        <Input className="field__input" id={fieldId(name)} />
        <Button className="combobox__button" aria-label={t('form.showOptions')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <FieldError className="field__error" />
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox__empty">{t('form.noMatches')}</p>}
        >
          {(person: (typeof items)[number]) => (
            <ListBoxItem className="listbox__item" id={person.id} textValue={fullName(person)}>
              {fullName(person)}
              {person.birthYear
                ? ` (${person.birthYear})`
                : person.birthDate
                  ? ` (${person.birthDate.slice(0, 4)})`
                  : ''}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
