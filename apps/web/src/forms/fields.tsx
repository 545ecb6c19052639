import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { fieldId } from './useFormErrors';

/*
 * Labelled fields on React Aria Components. Server and local errors reach them through <Form
 * validationErrors>, keyed by `name`, so each field shows its own message and is marked invalid. Given
 * `value` and `onChange`, a field's value lives in the form's state instead of FormData (a form that redraws
 * itself as the person changes it, like the indicator definition).
 */

interface BaseProps {
  name: string;
  label: string;
  description?: string;
  isRequired?: boolean;
}

interface TextInputProps extends BaseProps {
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'search' | 'date' | 'datetime-local';
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  value?: string;
  onChange?: (value: string) => void;
}

export function TextInput({ name, label, description, isRequired, type = 'text', ...rest }: TextInputProps) {
  return (
    <TextField
      className="field"
      id={fieldId(name)}
      name={name}
      type={type}
      isRequired={isRequired}
      defaultValue={rest.defaultValue}
      value={rest.value}
      onChange={rest.onChange}
      autoComplete={rest.autoComplete}
      data-field={name}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <Input className="field__input" inputMode={rest.inputMode} maxLength={rest.maxLength} />
      <FieldError className="field__error" />
    </TextField>
  );
}

export function TextAreaInput({
  name,
  label,
  description,
  defaultValue,
}: BaseProps & { defaultValue?: string }) {
  return (
    <TextField className="field" id={fieldId(name)} name={name} defaultValue={defaultValue} data-field={name}>
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <TextArea className="field__input field__input--area" rows={4} />
      <FieldError className="field__error" />
    </TextField>
  );
}

export interface Option {
  id: string;
  label: string;
  /** When the label is in another language than the page (language names). */
  lang?: string;
}

interface SelectInputProps extends BaseProps {
  options: Option[];
  placeholder: string;
  defaultValue?: string | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

export function SelectInput({ name, label, options, placeholder, isRequired, ...rest }: SelectInputProps) {
  const controlled = rest.onChange
    ? {
        value: rest.value ?? null,
        onChange: (key: unknown) => rest.onChange?.(key == null ? null : String(key)),
      }
    : { defaultValue: rest.defaultValue ?? null };
  return (
    <Select
      className="field"
      name={name}
      placeholder={placeholder}
      isRequired={isRequired}
      data-field={name}
      {...controlled}
    >
      <Label className="field__label">{label}</Label>
      {rest.description && (
        <Text slot="description" className="field__description">
          {rest.description}
        </Text>
      )}
      <Button className="field__input select__button" id={fieldId(name)}>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <FieldError className="field__error" />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox__item" id={option.id}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

export function CheckboxInput({
  name,
  label,
  defaultSelected,
  isSelected,
  onChange,
}: {
  name?: string;
  label: ReactNode;
  defaultSelected?: boolean;
  isSelected?: boolean;
  onChange?: (isSelected: boolean) => void;
}) {
  return (
    <Checkbox
      className="checkbox"
      name={name}
      value="true"
      defaultSelected={defaultSelected}
      isSelected={isSelected}
      onChange={onChange}
    >
      <span className="checkbox__box" aria-hidden="true" />
      {label}
    </Checkbox>
  );
}

interface CheckboxGroupInputProps extends BaseProps {
  options: Option[];
  defaultValue?: string[];
  value?: string[];
  onChange?: (value: string[]) => void;
}

export function CheckboxGroupInput({
  name,
  label,
  options,
  defaultValue,
  value,
  onChange,
  isRequired,
  description,
}: CheckboxGroupInputProps) {
  return (
    <CheckboxGroup
      className="field checkbox-group"
      name={name}
      defaultValue={defaultValue}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
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
