import { formatNumberVi, formatVnd } from '../money';

describe('formatVnd', () => {
  test.each<[number | bigint | string, string]>([
    [1250000, '1.250.000 ₫'],
    [0, '0 ₫'],
    [999, '999 ₫'],
    [1000, '1.000 ₫'],
    [-1250000, '-1.250.000 ₫'],
    [1250000.4, '1.250.000 ₫'],
    [1250000.5, '1.250.001 ₫'],
    [1250000n, '1.250.000 ₫'],
    ['1250000', '1.250.000 ₫'],
    [' 1250000 ', '1.250.000 ₫'],
    ['1250000.00', '1.250.000 ₫'],
    ['-500', '-500 ₫'],
    // beyond 2^53: exact through BigInt
    ['9007199254740993', '9.007.199.254.740.993 ₫'],
    [12345678901234567890n, '12.345.678.901.234.567.890 ₫'],
  ])('formats %p as %j', (value, expected) => {
    expect(formatVnd(value)).toBe(expected);
  });

  it('uses ordinary spaces only', () => {
    expect(formatVnd(1250000)).not.toMatch(/[\u00a0\u202f]/);
  });

  test.each<[number | string]>([['abc'], [''], ['1.250.000'], ['1e6'], [Number.NaN], [Infinity]])(
    'refuses %p',
    (value) => {
      expect(() => formatVnd(value)).toThrow(RangeError);
    },
  );
});

describe('formatNumberVi', () => {
  test.each<[number | bigint | string, string]>([
    [1250000, '1.250.000'],
    [0, '0'],
    [12.5, '12,5'],
    [-42, '-42'],
    ['9007199254740993', '9.007.199.254.740.993'],
    [10n ** 18n, '1.000.000.000.000.000.000'],
  ])('formats %p as %j', (value, expected) => {
    expect(formatNumberVi(value)).toBe(expected);
  });
});
