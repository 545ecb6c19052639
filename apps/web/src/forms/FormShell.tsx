import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from './ErrorSummary';
import type { FormErrorState } from './useFormErrors';

interface Props {
  errorState: FormErrorState;
  labels: Record<string, string>;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (data: FormData) => void;
  children: ReactNode;
  /** Called as the person types, with the whole form, for checks that run before submitting. */
  onInput?: (form: HTMLFormElement) => void;
}

/**
 * A form with its error summary on top and one submit button. Validation is "aria": the browser's
 * own bubbles would bypass the summary, and messages must come in the reader's language.
 */
export function FormShell({
  errorState,
  labels,
  submitLabel,
  isPending,
  onSubmit,
  children,
  onInput,
}: Props) {
  const form = useRef<HTMLFormElement>(null);
  const listener = useRef(onInput);
  listener.current = onInput;
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    // After React has handled the same event: a state change inside it would reset the field being typed in.
    const handle = () => setTimeout(() => listener.current?.(element), 0);
    element.addEventListener('input', handle);
    return () => element.removeEventListener('input', handle);
  }, []);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isPending) onSubmit(new FormData(event.currentTarget));
  }
  return (
    <Form
      className="form"
      validationBehavior="aria"
      validationErrors={errorState.errors.fields}
      onSubmit={submit}
      ref={form}
    >
      <ErrorSummary errors={errorState.errors} labels={labels} summaryRef={errorState.summaryRef} />
      {children}
      <div className="form__actions">
        {/* A plain button: a save remounts the form, and react-aria's pending announcement would then point
            at a button that is gone. The saved message or the error summary tells the outcome instead. */}
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={isPending || undefined}
          data-pending={isPending || undefined}
        >
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}

/** FormData as plain strings; a missing checkbox means "no". */
export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function flag(data: FormData, name: string): boolean {
  return data.get(name) === 'true';
}
