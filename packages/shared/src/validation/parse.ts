import type { z } from 'zod';
import { AppError, type FieldError } from '../errors';

/** Parses with a shared schema; failures become BAD_USER_INPUT with one entry per field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '_',
    message: issue.message,
  }));
  throw AppError.badInput(fieldErrors);
}
