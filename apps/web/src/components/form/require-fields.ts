import type { z } from 'zod';

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The shared schema plus the fields an admin made required in Thiết lập trùng lặp dữ liệu
 * (DUP-01); the server checks the same rules, this only answers before the round trip.
 */
export function requireFields<S extends z.ZodObject>(schema: S, fields: ReadonlySet<string>): S {
  if (fields.size === 0) {
    return schema;
  }
  return schema.superRefine((values: Record<string, unknown>, ctx) => {
    for (const field of fields) {
      if (field in schema.shape && isEmpty(values[field])) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'v.required' });
      }
    }
  }) as S;
}
