// The statuses of a referral, without schemas: the web app shares them without loading zod.
export const referralStatuses = ['pending', 'accepted', 'declined', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
