import { type RefObject, useId } from 'react';
import { useT } from '../i18n/useT';
import { type FormErrors, fieldId } from './useFormErrors';

interface Props {
  errors: FormErrors;
  labels: Record<string, string>;
  summaryRef: RefObject<HTMLDivElement | null>;
}

/** Moves focus into the field itself: for a select that is its button, not the hidden native select. */
function focusField(name: string) {
  const byId = document.getElementById(fieldId(name));
  const container = document.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const target =
    byId && byId.tagName !== 'DIV'
      ? byId
      : container?.querySelector<HTMLElement>(
          'input:not([type="hidden"]):not([tabindex="-1"]), textarea, button:not([tabindex="-1"])',
        );
  target?.focus();
}

/** The list of problems at the top of a form, each linking to its field (GOV.UK pattern). */
export function ErrorSummary({ errors, labels, summaryRef }: Props) {
  const t = useT();
  const titleId = useId();
  const entries = Object.entries(errors.fields);
  if (!errors.message && entries.length === 0) return null;
  return (
    <div className="error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('form.errorSummary')}</h2>
      {errors.message && <p>{errors.message}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([name, message]) => (
            <li key={name}>
              <a
                href={`#${fieldId(name)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(name);
                }}
              >
                {labels[name] ? `${labels[name]}: ${message}` : message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
