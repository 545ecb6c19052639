import { Checkbox, CheckboxGroup, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import type { Option } from '../forms/fields';
import { fieldId } from '../forms/useFormErrors';

/*
 * Fields whose value lives in the form's state rather than in FormData: the definition builder redraws
 * itself (attributes of the chosen source, a live preview) as the person changes it.
 */

export function ChecksField({
  name,
  label,
  description,
  options,
  value,
  onChange,
}: {
  name: string;
  label: string;
  description?: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <CheckboxGroup
      className="field checkbox-group"
      name={name}
      value={value}
      onChange={onChange}
      data-field={name}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      {options.map((option) => (
        <Checkbox key={option.id} className="checkbox" value={option.id}>
          <span className="checkbox__box" aria-hidden="true" />
          <span lang={option.lang}>{option.label}</span>
        </Checkbox>
      ))}
      <FieldError className="field__error" />
    </CheckboxGroup>
  );
}

export function ValueField({
  name,
  label,
  description,
  type = 'text',
  value,
  onChange,
}: {
  name: string;
  label: string;
  description?: string;
  type?: 'text' | 'date';
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      className="field"
      id={fieldId(name)}
      name={name}
      type={type}
      value={value}
      onChange={onChange}
      data-field={name}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <Input className="field__input" />
      <FieldError className="field__error" />
    </TextField>
  );
}

export function FlagField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <Checkbox className="checkbox" isSelected={value} onChange={onChange}>
      <span className="checkbox__box" aria-hidden="true" />
      {label}
    </Checkbox>
  );
}
