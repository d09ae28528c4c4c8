import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

export const DateTimeScalar = DateTimeResolver;

/** `YYYY-MM-DD` calendar date, carried as a string so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD`.',
});

export const JSONScalar = JSONResolver;

const MONEY = /^-?\d{1,18}$/;

function toMoney(value: unknown): string {
  const text =
    typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value))
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : '';
  if (!MONEY.test(text)) {
    throw new TypeError('Money must be a whole number of VND, e.g. "1250000"');
  }
  return text.replace(/^(-?)0+(?=\d)/, '$1');
}

/** VND has no minor unit; amounts exceed 32-bit Int, so they travel as decimal strings. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount of VND (no minor unit) as a decimal string, e.g. "1250000".',
  serialize: toMoney,
  parseValue: toMoney,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) {
      return toMoney(ast.value);
    }
    throw new TypeError('Money must be a string or an integer literal');
  },
});
