import { Field, Int } from 'type-graphql';
import { Column, type ColumnOptions } from 'typeorm';
import { DateScalar } from '../graphql/scalars';

/**
 * A column that is also a field of the record's GraphQL type, declared once: the column is the
 * property's name in snake case (`taxCode` → `tax_code`) unless `name` says otherwise, and
 * `nullable` holds for both.
 */
export interface ColumnFieldOptions {
  /** The column when it is not the property's name in snake case. */
  name?: string;
  nullable?: boolean;
  /** The GraphQL description. */
  description?: string;
}

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function columnField(
  type: () => object,
  column: ColumnOptions,
  { name, nullable, description }: ColumnFieldOptions,
): PropertyDecorator {
  return (target, key) => {
    const property = String(key);
    const columnName = name ?? snakeCase(property);
    Column({
      ...(columnName !== property ? { name: columnName } : {}),
      ...column,
      ...(nullable ? { nullable: true } : {}),
    })(target, property);
    Field(type, { ...(nullable ? { nullable: true } : {}), ...(description ? { description } : {}) })(
      target,
      property,
    );
  };
}

/** A `text` column read as a String. */
export const TextField = (options: ColumnFieldOptions = {}) =>
  columnField(() => String, { type: 'text' }, options);

/** A `text[]` column read as a list of Strings. */
export const TextListField = (options: ColumnFieldOptions = {}) =>
  columnField(() => [String], { type: 'text', array: true }, options);

/** A `text` column holding one of a GraphQL enum's values. */
export const EnumField = (values: object, options: ColumnFieldOptions = {}) =>
  columnField(() => values, { type: 'text' }, options);

/** An `integer` column read as an Int. */
export const IntField = (options: ColumnFieldOptions = {}) =>
  columnField(() => Int, { type: 'integer' }, options);

/** A `boolean` column. */
export const BoolField = (options: ColumnFieldOptions = {}) =>
  columnField(() => Boolean, { type: 'boolean' }, options);

/** A `timestamptz` column: a point in time. */
export const MomentField = (options: ColumnFieldOptions = {}) =>
  columnField(() => Date, { type: 'timestamptz' }, options);

/** A `date` column: a calendar day (`YYYY-MM-DD`). */
export const DayField = (options: ColumnFieldOptions = {}) =>
  columnField(() => DateScalar, { type: 'date' }, options);
