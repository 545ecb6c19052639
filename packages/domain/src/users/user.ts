import { z } from 'zod';
import { roles } from '../access/roles';
import { languages } from '../languages';

export const passwordSchema = z.string().min(10).max(200);
const rolesSchema = z.array(z.enum(roles)).min(1).max(roles.length);

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().min(1).max(200),
  totpCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .optional(),
});

export const inviteUserSchema = z.object({
  email: z.email().trim().toLowerCase().max(200),
  name: z.string().trim().min(2).max(200),
  organisationId: z.uuid(),
  roles: rolesSchema,
});

export const updateUserSchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  active: z.boolean().optional(),
  version: z.number().int().positive(),
});

export const createMembershipSchema = z.object({
  userId: z.uuid(),
  organisationId: z.uuid(),
  roles: rolesSchema,
});
export const updateMembershipSchema = z.object({ roles: rolesSchema, version: z.number().int().positive() });

export const updateProfileSchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  language: z.enum(languages).optional(),
  highContrast: z.boolean().optional(),
  largeText: z.boolean().optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export const setPasswordSchema = z.object({ password: passwordSchema });
export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const confirmPasswordSchema = z.object({ password: z.string().min(1).max(200) });
export const createApiTokenSchema = z.object({ name: z.string().trim().min(2).max(100) });
