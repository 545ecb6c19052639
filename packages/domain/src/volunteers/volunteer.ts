import { z } from 'zod';
import { spokenLanguages, volunteerAvailabilities, volunteerStatuses } from './vocabulary';

const version = z.number().int().positive();
const isoDate = z.iso.date();

const volunteerFields = {
  /** Skills from the shared list or in the coordinator's own words. */
  skills: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  languages: z.array(z.enum(spokenLanguages)).max(spokenLanguages.length).default([]),
  expert: z.boolean().default(false),
  expertise: z.string().trim().max(300).default(''),
  availability: z.enum(volunteerAvailabilities).default('occasionally'),
  status: z.enum(volunteerStatuses).default('active'),
};

/** An expert is on the roster for an area of expertise: the server refuses an expert without one. */
export function expertHasArea(v: { expert: boolean; expertise: string }): boolean {
  return !v.expert || v.expertise.length > 0;
}

export const registerVolunteerSchema = z.object({
  organisationId: z.uuid(),
  personId: z.uuid(),
  ...volunteerFields,
});
export type RegisterVolunteerInput = z.infer<typeof registerVolunteerSchema>;

export const updateVolunteerSchema = z.object({
  skills: volunteerFields.skills.unwrap().optional(),
  languages: volunteerFields.languages.unwrap().optional(),
  expert: z.boolean().optional(),
  expertise: z.string().trim().max(300).optional(),
  availability: z.enum(volunteerAvailabilities).optional(),
  status: z.enum(volunteerStatuses).optional(),
  version,
});
export type UpdateVolunteerInput = z.infer<typeof updateVolunteerSchema>;

export const volunteerRosterSchema = z.object({
  organisationId: z.uuid().optional(),
  /** A part of the family or given name. */
  q: z.string().trim().min(1).max(100).optional(),
  skill: z.string().trim().min(1).max(100).optional(),
  language: z.enum(spokenLanguages).optional(),
  expert: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  status: z.enum(volunteerStatuses).optional(),
});

/** Time a volunteer gave: on a day, for a programme and, where it was one, an activity. */
export const volunteerHoursSchema = z.object({
  workedOn: isoDate,
  hours: z.number().positive().max(24),
  programmeId: z.uuid().nullable().default(null),
  activityId: z.uuid().nullable().default(null),
  description: z.string().trim().min(1).max(1000),
});
export type VolunteerHoursInput = z.infer<typeof volunteerHoursSchema>;
