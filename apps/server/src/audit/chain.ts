import { createHash } from 'node:crypto';
import type { FieldChanges } from '@birge/db';

export type ChainedFields = {
  chainPosition: number;
  seq: number;
  id: string;
  at: Date;
  actorId: string | null;
  organisationId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  changes: FieldChanges;
  clientAddress: string;
};

export const genesisHash = '0'.repeat(64);

/** JSON with keys sorted at every level, so the same entry always hashes the same after a jsonb round trip. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function chainHash(prevHash: string, entry: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonical({ ...entry, at: entry.at.toISOString() }))
    .digest('hex');
}
