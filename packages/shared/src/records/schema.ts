import { z } from 'zod';
import { isoDate } from '../validation/common';
import {
  labelsField,
  optionalEmail,
  optionalId,
  optionalPhone,
  optionalTaxCode,
  optionalText,
} from '../validation/fields';
import { entries, type FieldKey, type FieldSpec, type RecordFields } from './define';

const day = () => isoDate.nullish();
const moment = () => z.coerce.date({ error: 'v.date' }).nullish();
const idList = () => z.array(z.string()).max(50).optional();

type EnumOf<O> = z.ZodOptional<z.ZodEnum<{ [K in keyof O & string]: K }>>;
type ChoiceOf<C extends readonly string[]> = z.ZodOptional<z.ZodNullable<z.ZodEnum<{ [K in C[number]]: K }>>>;

/** The schema of a field's input, by its kind (X-05: the same in the form and on the server). */
export type SchemaOf<S> = S extends { kind: 'email' }
  ? typeof optionalEmail
  : S extends { kind: 'phone' }
    ? typeof optionalPhone
    : S extends { kind: 'taxCode' }
      ? typeof optionalTaxCode
      : S extends { kind: 'text' | 'longText' }
        ? ReturnType<typeof optionalText>
        : S extends { kind: 'date' }
          ? ReturnType<typeof day>
          : S extends { kind: 'moment' }
            ? ReturnType<typeof moment>
            : S extends { kind: 'category' | 'user' }
              ? typeof optionalId
              : S extends { kind: 'categories' }
                ? ReturnType<typeof idList>
                : S extends { kind: 'tags' }
                  ? typeof labelsField
                  : S extends { kind: 'enum'; options: infer O }
                    ? EnumOf<O>
                    : S extends { kind: 'choice'; choices: infer C extends readonly string[] }
                      ? ChoiceOf<C>
                      : never;

function schemaOf(spec: FieldSpec): z.ZodType {
  switch (spec.kind) {
    case 'email':
      return optionalEmail;
    case 'phone':
      return optionalPhone;
    case 'taxCode':
      return optionalTaxCode;
    case 'text':
    case 'longText':
      return optionalText(spec.max);
    case 'date':
      return day();
    case 'moment':
      return moment();
    case 'category':
    case 'user':
      return optionalId;
    case 'categories':
      return idList();
    case 'tags':
      return labelsField;
    case 'enum':
      return z.enum(Object.keys(spec.options ?? {}) as [string, ...string[]]).optional();
    case 'choice':
      return z.enum(spec.choices ?? [''], { error: 'v.invalid' }).nullish();
    case 'code':
      throw new Error('a code has a schema of its own');
  }
}

/** The optional input fields of a record, except those whose schema is written by hand. */
export function inputShapeOf<F extends RecordFields, E extends FieldKey<F>>(
  fields: F,
  except: readonly E[],
): { [K in Exclude<FieldKey<F>, E>]: SchemaOf<F[K]> } {
  return Object.fromEntries(
    entries(fields)
      .filter(([key]) => !(except as readonly string[]).includes(key))
      .map(([key, spec]) => [key, schemaOf(spec)]),
  ) as { [K in Exclude<FieldKey<F>, E>]: SchemaOf<F[K]> };
}
