import { z } from 'zod';
import { LANGUAGES, ROLES } from '../domain';
import { emailField, isoDate, passwordField, requiredText, tooLong } from './common';

export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, { error: 'v.required' }).max(128, tooLong(128)),
});
export type LoginValues = z.input<typeof loginSchema>;

export const createUserSchema = z.object({
  email: emailField,
  name: requiredText(120),
  password: passwordField,
  role: z.enum(ROLES, { error: 'v.required' }),
  departmentId: z.string().nullish(),
  birthday: isoDate.nullish(),
});
export type CreateUserValues = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  email: emailField.optional(),
  name: requiredText(120).optional(),
  password: passwordField.optional(),
  role: z.enum(ROLES).optional(),
  departmentId: z.string().nullish(),
  birthday: isoDate.nullish(),
  active: z.boolean().optional(),
  version: z.number().int(),
});
export type UpdateUserValues = z.input<typeof updateUserSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'v.required' }),
    newPassword: passwordField,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    error: 'v.samePassword',
    path: ['newPassword'],
  });
export type ChangePasswordValues = z.input<typeof changePasswordSchema>;

export const departmentSchema = z.object({ name: requiredText(120) });
export const apiTokenSchema = z.object({ name: requiredText(80) });
export const preferencesSchema = z.object({ language: z.enum(LANGUAGES) });
