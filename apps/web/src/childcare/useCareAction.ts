import { useRecordAction } from '../forms/useRecordAction';

/** A child-protection form's write: every childcare view reloads after it. */
export function useCareAction<Input, Output = unknown>(
  action: (input: Input) => Promise<Output>,
  done: string,
  after?: (output: Output) => void,
) {
  return useRecordAction([['childcare']], action, done, after);
}
