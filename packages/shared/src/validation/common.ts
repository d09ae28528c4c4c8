// First: before any schema of this package is built.
import './zod-setup';
import { z } from 'zod';
import { keyWith } from '../errors/messages';
import { passwordProblem } from './password-strength';

/** The too-long rule's message, with its limit ("Quá dài (tối đa 50 ký tự)"). */
export const tooLong = (max: number) => ({ error: keyWith('v.tooLong', { max }) });

/** Trimmed, NFC-normalised text; empty → required error. */
export const requiredText = (max = 255) =>
  z
    .string({ error: 'v.required' })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, { error: 'v.required' }).max(max, tooLong(max)));

export const emailField = z
  .string({ error: 'v.required' })
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email({ error: 'v.email' }).max(254, tooLong(254)));

/** A new password: 8 to 128 characters, not blank or invisible, and not easily guessed (zxcvbn). */
export const passwordField = z.string({ error: 'v.required' }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
  }
});

/** `YYYY-MM-DD` of a real calendar day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'v.date' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'v.date' },
  );
