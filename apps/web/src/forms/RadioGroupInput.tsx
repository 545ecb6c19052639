import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { Option } from './fields';
import { fieldId } from './useFormErrors';

interface Props {
  name: string;
  label: string;
  options: Option[];
  description?: string;
  isRequired?: boolean;
  defaultValue?: string | null;
  value?: string | null;
  onChange?: (value: string) => void;
  orientation?: 'horizontal' | 'vertical';
}

/** A few choices shown at once: one Tab stop, arrows move between them, each a 44 px target. */
export function RadioGroupInput({ name, label, options, description, isRequired, ...rest }: Props) {
  const controlled = rest.onChange
    ? { value: rest.value ?? null, onChange: rest.onChange }
    : { defaultValue: rest.defaultValue ?? null };
  return (
    <RadioGroup
      className={`field radio-group radio-group--${rest.orientation ?? 'vertical'}`}
      id={fieldId(name)}
      name={name}
      isRequired={isRequired}
      data-field={name}
      {...controlled}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="radio-group__options">
        {options.map((option) => (
          <Radio key={option.id} className="radio" value={option.id}>
            <span className="radio__dot" aria-hidden="true" />
            <span lang={option.lang}>{option.label}</span>
          </Radio>
        ))}
      </div>
      <FieldError className="field__error" />
    </RadioGroup>
  );
}
