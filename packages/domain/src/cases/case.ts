import { z } from 'zod';
import { needLevels, noteKinds, serviceTypes } from './vocabulary';
import { caseKinds, needDomains } from './workflow/kinds';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const openCaseSchema = z.object({
  id: z.uuid().optional(),
  personId: z.uuid(),
  kind: z.enum(caseKinds),
  workerId: z.uuid().nullable().default(null),
  supervisorId: z.uuid().nullable().default(null),
  summary: z.string().trim().max(4000).default(''),
  openedOn: isoDate,
});

export const recordNeedsSchema = z.object({
  needs: z
    .array(
      z.object({
        domain: z.enum(needDomains),
        level: z.enum(needLevels),
        notes: z.string().trim().max(2000).default(''),
      }),
    )
    .min(1)
    .max(20),
});

export const addGoalSchema = z.object({
  id: z.uuid().optional(),
  domain: z.enum(needDomains),
  description: text(1000),
});
export const updateGoalSchema = z.object({
  status: z.enum(['open', 'achieved', 'dropped']),
  version: z.number().int().positive(),
});

export const addTaskSchema = z.object({
  id: z.uuid().optional(),
  title: text(500),
  goalId: z.uuid().nullable().default(null),
  assigneeId: z.uuid().nullable().default(null),
  responsible: z.string().trim().max(200).default(''),
  dueOn: isoDate.nullable().default(null),
});
export const completeTaskSchema = z.object({ doneOn: isoDate, version: z.number().int().positive() });

export const recordServiceSchema = z.object({
  id: z.uuid().optional(),
  type: z.enum(serviceTypes),
  providerOrganisationId: z.uuid().nullable().default(null),
  deliveredOn: isoDate,
  outcome: z.string().trim().max(2000).default(''),
});

export const addCaseNoteSchema = z.object({
  id: z.uuid().optional(),
  kind: z.enum(noteKinds),
  happenedOn: isoDate,
  text: text(4000),
});

export const assignCaseSchema = z.object({
  workerId: z.uuid().nullable(),
  supervisorId: z.uuid().nullable().optional(),
  version: z.number().int().positive(),
});
