import { formatCompactVnd } from '../compact-money';

describe('formatCompactVnd', () => {
  test.each<[number | string, string, string]>([
    [0, '0', '0'],
    [950, '950', '950'],
    [35_000, '35 nghìn', '35K'],
    [450_000_000, '450 tr', '450M'],
    [1_250_000, '1,3 tr', '1.3M'],
    [1_200_000_000, '1,2 tỷ', '1.2B'],
    ['15000000000000', '15.000 tỷ', '15,000B'],
    [999_999_999, '1 tỷ', '1B'],
    [-450_000_000, '-450 tr', '-450M'],
  ])('%p → %j (vi), %j (en)', (value, vi, en) => {
    expect(formatCompactVnd(value)).toBe(vi);
    expect(formatCompactVnd(value, 'en')).toBe(en);
  });

  it('answers an empty string for what is not a number', () => {
    expect(formatCompactVnd('abc')).toBe('');
  });
});
