import { expect } from 'vitest';
import { childInput } from './childcare-fixtures';
import type { Client } from './harness';

/**
 * A child of the Bishkek centre with a deinstitutionalisation case opened by `worker` (who is then its worker,
 * and no supervisor is named unless given) and, unless `decidedOn` is null, a placement decision on the file.
 */
export async function childWithCase(
  worker: Client,
  centre: string,
  givenName: string,
  options: { openedOn?: string; decidedOn?: string | null; supervisorId?: string } = {},
) {
  const child = (await worker.post('/api/persons', childInput(centre, givenName))).body.id as string;
  const opened = await worker.post('/api/cases', {
    personId: child,
    organisationId: centre,
    kind: 'deinstitutionalisation',
    openedOn: options.openedOn ?? '2026-02-01',
    supervisorId: options.supervisorId ?? null,
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const decidedOn = options.decidedOn === undefined ? '2026-02-20' : options.decidedOn;
  if (decidedOn) {
    const decided = await worker.post(`/api/cases/${opened.body.id}/care-records`, {
      kind: 'placement_decision',
      recordedOn: decidedOn,
      text: 'Решение об устройстве в семью',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  }
  return { child, caseId: opened.body.id as string };
}

/** A carer of the centre taken through assessment and training to approval. */
export async function approvedCarer(
  worker: Client,
  supervisor: Client,
  centre: string,
  carer: { kind: string; name: string; capacity: number },
) {
  const id = (await worker.post('/api/childcare/carers', { organisationId: centre, ...carer })).body
    .id as string;
  for (const [version, state] of ['assessed', 'trained', 'approved'].entries()) {
    const moved = await supervisor.patch(`/api/childcare/carers/${id}`, {
      state,
      on: '2026-01-20',
      version: version + 1,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  }
  return id;
}
