import { entries, type FieldSpec, type RecordFields } from '@sen/shared';
import { Field, ID, registerEnumType } from 'type-graphql';
import { DateScalar } from './scalars';

/** The GraphQL enums of a record's `enum` fields, by field key (registered by the module). */
export type RecordEnums = Readonly<Record<string, object>>;

type TypeFn = Extract<Parameters<typeof Field>[0], (...args: never[]) => unknown>;
type ReturnTypeFuncValue = ReturnType<TypeFn>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any class type-graphql decorates
type InputClass = Function;

function valueType(key: string, spec: FieldSpec, enums: RecordEnums): () => ReturnTypeFuncValue {
  switch (spec.kind) {
    case 'date':
      return () => DateScalar;
    case 'moment':
      return () => Date;
    case 'category':
    case 'categories':
    case 'user':
      return () => ID;
    case 'enum': {
      const type = enums[key];
      if (!type) {
        throw new Error(`record field ${key}: no GraphQL enum given`);
      }
      return () => type as ReturnTypeFuncValue;
    }
    default:
      return () => String;
  }
}

const list = (one: () => ReturnTypeFuncValue) => () => [one()];

/** The record's input fields on a type-graphql input class, all optional (create and update). */
export function addInputFields(
  target: InputClass,
  fields: RecordFields,
  except: readonly string[],
  enums: RecordEnums = {},
): void {
  for (const [key, spec] of entries(fields)) {
    if (except.includes(key)) {
      continue;
    }
    const one = valueType(key, spec, enums);
    const type = spec.kind === 'categories' || spec.kind === 'tags' ? list(one) : one;
    Field(type, { nullable: true, ...(spec.doc ? { description: spec.doc } : {}) })(target.prototype, key);
  }
}

/** The record's list filters (CUS-09) on a type-graphql input class. */
export function addFilterFields(target: InputClass, fields: RecordFields, enums: RecordEnums = {}): void {
  for (const [key, spec] of entries(fields)) {
    const filter = spec.filter;
    if (!filter) {
      continue;
    }
    const one = valueType(key, spec, enums);
    switch (filter.mode) {
      case 'text':
        Field(() => String, { nullable: true })(target.prototype, key);
        break;
      case 'equals':
        Field(one, { nullable: true })(target.prototype, key);
        break;
      case 'in':
        Field(list(one), { nullable: true })(target.prototype, filter.key);
        break;
      case 'dateRange':
        for (const [name, label] of [
          [filter.from, filter.labels.from],
          [filter.to, filter.labels.to],
        ] as const) {
          Field(() => DateScalar, {
            nullable: true,
            description: `${label.en}: a day, inclusive (Asia/Ho_Chi_Minh).`,
          })(target.prototype, name);
        }
        break;
    }
  }
}

/** The record's sort keys as a GraphQL enum. */
export function registerSortEnum(keys: object, name: string): void {
  registerEnumType(keys, { name });
}
