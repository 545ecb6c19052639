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
} from 'react-aria-components';
import { fieldId } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { listOrganisations, type OrganisationType } from './api';

interface Props {
  name: string;
  label: string;
  isRequired?: boolean;
  /** Only organisations of this type, such as the employers a vacancy or a placement names. */
  type?: OrganisationType;
  onChange?: (organisationId: string | null) => void;
}

/** Type part of a name to find an organisation; the list asks the server, so it scales past a few hundred. */
export function OrganisationPicker({ name, label, isRequired, type, onChange }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const results = useQuery({
    queryKey: ['organisations', { q: search, type, picker: true }],
    queryFn: () => listOrganisations({ q: search, ...(type ? { type } : {}) }, null),
    placeholderData: (previous) => previous,
  });
  const items = results.data?.items ?? [];
  return (
    <ComboBox
      className="field"
      name={name}
      formValue="key"
      items={items}
      inputValue={search}
      onInputChange={setSearch}
      onSelectionChange={(key) => onChange?.(key == null ? null : String(key))}
      isRequired={isRequired}
      menuTrigger="focus"
      data-field={name}
    >
      <Label className="field__label">{label}</Label>
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
          {(organisation: (typeof items)[number]) => (
            <ListBoxItem className="listbox__item" id={organisation.id} textValue={organisation.name}>
              {organisation.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
