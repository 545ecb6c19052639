import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getPerson } from './api';

export const personKey = (id: string) => ['person', id] as const;

export function usePerson(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: () => getPerson(id) });
}

/** After any change to a person, their page and the lists that show them are read again. */
export function useRefreshPerson(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: personKey(id) }),
      queryClient.invalidateQueries({ queryKey: ['persons'] }),
    ]);
}
