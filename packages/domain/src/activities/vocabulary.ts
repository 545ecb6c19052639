// The words of activities and their attendance, without schemas: the web app shares them without loading zod.
export { type ActivityType, activityTypes } from '../programmes/vocabulary';

export const activityStatuses = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const attendanceRoles = ['participant', 'facilitator', 'speaker', 'organiser'] as const;
export type AttendanceRole = (typeof attendanceRoles)[number];

/** The age bands paper attendance sheets use; the same keys as the indicator engine's default bands. */
export const attendanceAgeBands = ['0-4', '5-17', '18-29', '30-59', '60+'] as const;
export type AttendanceAgeBand = (typeof attendanceAgeBands)[number];

/** A material's largest size: enough for a presentation or a scanned attendance sheet, small for a village link. */
export const maxMaterialBytes = 5 * 1024 * 1024;

/** A monitoring visit scores the facilitator's work from 1 (poor) to 5 (excellent). */
export const visitScores = [1, 2, 3, 4, 5] as const;
