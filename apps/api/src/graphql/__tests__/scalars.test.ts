import { Kind } from 'graphql';
import { DateScalar, MoneyScalar } from '../scalars';

describe('Money scalar (VND, no minor unit, beyond 32-bit Int)', () => {
  it.each([
    ['1250000', '1250000'],
    [' 0001250000 ', '1250000'],
    ['-500', '-500'],
    ['0', '0'],
    ['900000000000000000', '900000000000000000'],
  ])('reads %p as %p', (input, expected) => {
    expect(MoneyScalar.parseValue(input)).toBe(expected);
  });

  it.each(['12.5', '1,000', 'abc', '', '1e9', '9999999999999999999'])('refuses %p', (input) => {
    expect(() => MoneyScalar.parseValue(input)).toThrow(/whole number of VND/);
  });

  it('serialises numbers, bigints and numeric strings as decimal strings', () => {
    expect(MoneyScalar.serialize(1250000)).toBe('1250000');
    expect(MoneyScalar.serialize(12345678901234n)).toBe('12345678901234');
    expect(MoneyScalar.serialize('3000000000')).toBe('3000000000');
    expect(() => MoneyScalar.serialize(0.5)).toThrow();
  });

  it('accepts integer and string literals in a query', () => {
    expect(MoneyScalar.parseLiteral({ kind: Kind.INT, value: '42' })).toBe('42');
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '4200000000' })).toBe('4200000000');
  });
});

describe('Date scalar', () => {
  it('keeps real calendar days as YYYY-MM-DD and refuses impossible ones', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2025-02-29')).toThrow();
    expect(() => DateScalar.parseValue('29/02/2024')).toThrow();
    expect(DateScalar.name).toBe('Date');
  });
});
