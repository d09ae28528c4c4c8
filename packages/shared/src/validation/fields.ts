import { z } from 'zod';
import { normalizeEmail, normalizePhone, normalizeTaxCode } from '../vi';
import { tooLong } from './common';

const blankToNull = (s: string) => (s === '' ? null : s);

/** Optional text: NFC, trimmed, inner spaces collapsed; empty → null. */
export const optionalText = (max = 255) =>
  z
    .string()
    .transform((s) =>
      s
        .normalize('NFC')
        .trim()
        .replace(/[ \t]+/g, ' '),
    )
    .pipe(z.string().max(max, tooLong(max)))
    .transform(blankToNull)
    .nullish();

export const optionalEmail = z
  .string()
  .transform((s) => normalizeEmail(s))
  .pipe(z.union([z.literal(''), z.email({ error: 'v.email' }).max(254, tooLong(254))]))
  .transform(blankToNull)
  .nullish();

/** Stored as its digits with `+84`/`84` read as `0`; invalid numbers are refused. */
export const optionalPhone = z
  .string()
  .transform((s, ctx) => {
    if (s.trim() === '') {
      return null;
    }
    const phone = normalizePhone(s);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'v.phone' });
      return z.NEVER;
    }
    return phone;
  })
  .nullish();

export const optionalTaxCode = z
  .string()
  .transform((s, ctx) => {
    if (s.trim() === '') {
      return null;
    }
    const code = normalizeTaxCode(s);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: 'v.taxCode' });
      return z.NEVER;
    }
    return code;
  })
  .nullish();

export const optionalId = z.string().nullish();

export const labelsField = z
  .array(z.string().transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' ')))
  .max(20, { error: 'v.tooMany' })
  .transform((labels) => [...new Set(labels.filter((l) => l.length > 0))])
  .pipe(z.array(z.string().max(50, tooLong(50))))
  .optional();
