import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum whose values are the codes themselves (`{ CALL: 'CALL', … }`), from one list:
 * the shared package's constants where it declares them (one list, both sides).
 */
export function graphqlEnum<const V extends readonly string[]>(
  values: V,
  name: string,
  description?: string,
): { [K in V[number]]: K } {
  const e = Object.fromEntries(values.map((v) => [v, v])) as { [K in V[number]]: K };
  registerEnumType(e, { name, description });
  return e;
}

/** The type of a `graphqlEnum`'s values. */
export type EnumValue<E> = E[keyof E];
