import { GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d{1,18}(\.\d{1,10})?$/;

function toDecimal(value: unknown): string {
  const text =
    typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : '';
  if (!DECIMAL.test(text)) {
    throw new TypeError('Decimal must be a decimal string, e.g. "2.5"');
  }
  // Canonical: no leading zeros, no trailing fractional zeros ("2.5000" from numeric(18,4) → "2.5").
  const [whole, fraction = ''] = text.split('.');
  const f = fraction.replace(/0+$/, '');
  const w = whole.replace(/^(-?)0+(?=\d)/, '$1');
  return f ? `${w}.${f}` : w;
}

/** Quantities and percentages with decimals, carried as strings so no float rounds them (API.md). */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'A decimal number as a string, e.g. "2.5" (quantities, percentages).',
  serialize: toDecimal,
  parseValue: toDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return toDecimal(ast.value);
    }
    throw new TypeError('Decimal must be a string or a number literal');
  },
});
