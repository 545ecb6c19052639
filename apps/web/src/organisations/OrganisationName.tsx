import { useQuery } from '@tanstack/react-query';
import { organisationNameQuery } from './api';

/** Shows an organisation by name; while the name loads, nothing rather than an id. */
export function OrganisationName({ id }: { id: string | null }) {
  const { data } = useQuery(organisationNameQuery(id));
  return <>{data ?? ''}</>;
}
