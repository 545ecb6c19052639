import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';

/**
 * A child-protection form's write: every childcare view reloads after it. `send` writes once the required fields
 * are filled in (checked in `input`, or in the form's own `values` when they differ), else marks them and sends
 * nothing.
 */
export function useCareAction<Input, Output = unknown>(
  action: (input: Input) => Promise<Output>,
  done: string,
  after?: (output: Output) => void,
) {
  const t = useT();
  const write = useRecordAction([['childcare']], action, done, after);
  const send = (input: Input, required: string[], values = input as Record<string, unknown>) => {
    const missing = requireFields(values, required, t('form.required'));
    if (Object.keys(missing).length) return write.errorState.fail({ message: null, fields: missing });
    write.mutation.mutate(input);
  };
  return { ...write, send };
}
