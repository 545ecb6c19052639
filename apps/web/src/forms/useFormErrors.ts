import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface FormErrors {
  message: string | null;
  fields: Record<string, string>;
}

const none: FormErrors = { message: null, fields: {} };

/**
 * Errors for one form: a summary message plus per-field messages (from local checks or the API's
 * `fields`). Each failed submit moves focus to the summary so the person hears what went wrong.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormErrors>(none);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((count) => count + 1);
  }

  function failWith(error: unknown, fallback: string) {
    if (error instanceof ApiError) fail({ message: error.message, fields: error.fields });
    else fail({ message: fallback, fields: {} });
  }

  return { errors, fail, failWith, clear: () => setErrors(none), summaryRef };
}

export type FormErrorState = ReturnType<typeof useFormErrors>;

/** Local checks for required fields, so the person gets the same summary before anything is sent. */
export function requireFields(
  values: Record<string, unknown>,
  names: string[],
  message: string,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = values[name];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      fields[name] = message;
    }
  }
  return fields;
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
