import { type Page, query, request } from '../api/client';
import type { OrganisationType } from '../organisations/api';

export interface Network {
  id: string;
  name: string;
  description: string;
  leadOrganisationId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NetworkMember {
  id: string;
  name: string;
  type: OrganisationType;
}

export interface NetworkDetail {
  network: Network;
  members: NetworkMember[];
  abilities: { update: boolean };
}

export interface NewNetwork {
  name: string;
  description?: string;
  leadOrganisationId?: string;
}

export function listNetworks(cursor: string | null): Promise<Page<Network>> {
  return request('GET', `/api/networks${query({ cursor })}`);
}

export function getNetwork(id: string): Promise<NetworkDetail> {
  return request('GET', `/api/networks/${encodeURIComponent(id)}`);
}

export function createNetwork(network: NewNetwork): Promise<Network> {
  return request('POST', '/api/networks', { body: network });
}

export function addNetworkMember(networkId: string, organisationId: string): Promise<void> {
  return request('POST', `/api/networks/${encodeURIComponent(networkId)}/members`, {
    body: { organisationId },
  });
}

export function removeNetworkMember(networkId: string, organisationId: string): Promise<void> {
  return request(
    'DELETE',
    `/api/networks/${encodeURIComponent(networkId)}/members/${encodeURIComponent(organisationId)}`,
  );
}
