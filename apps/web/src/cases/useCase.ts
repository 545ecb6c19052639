import { useQuery } from '@tanstack/react-query';
import { useRecordAction } from '../forms/useRecordAction';
import { getCase } from './api';

export const caseKey = (id: string) => ['case', id] as const;

export function useCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => getCase(id) });
}

/**
 * One change to a case: on success the file and the caseload are read again and a message is announced; on
 * failure the form's error summary tells why (a 409's message is already in the reader's language).
 */
export function useCaseAction<Input>(
  caseId: string,
  action: (input: Input) => Promise<unknown>,
  done: string,
) {
  return useRecordAction([caseKey(caseId), ['caseload']], action, done);
}
