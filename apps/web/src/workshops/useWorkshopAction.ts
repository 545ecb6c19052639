import { useRecordAction } from '../forms/useRecordAction';

/** A form's write to a workshop: the workshop and the list of workshops reload after it. */
export function useWorkshopAction<Input>(
  workshopId: string,
  action: (input: Input) => Promise<unknown>,
  done: string,
) {
  return useRecordAction([['workshop', workshopId], ['workshops']], action, done);
}
