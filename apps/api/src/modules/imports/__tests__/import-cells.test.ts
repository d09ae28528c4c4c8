import { cellDate, cellMoney, cellPhone, cellText } from '../import-cells';

describe('reading cells as a user typed them (X-09)', () => {
  it.each([
    ['1.250.000 ₫', '1250000'],
    ['1,250,000', '1250000'],
    ['1250000', '1250000'],
    ['12.500.000.000 VND', '12500000000'],
    ['1.250,50', '1.250,50'],
    ['mười nghìn', 'mười nghìn'],
  ])('reads the amount %j as %j', (input, expected) => {
    expect(cellMoney(input)).toBe(expected);
  });

  it('keeps a real date cell, reads text as dd/MM/yyyy and leaves anything else for the schema to refuse', () => {
    expect(cellDate({ date: '2020-03-15' })).toBe('2020-03-15');
    expect(cellDate('5/3/2020')).toBe('2020-03-05');
    expect(cellDate('31/02/2020')).toBe('31/02/2020');
    expect(cellDate('2020-03-15')).toBe('2020-03-15');
  });

  it('gives a phone stored as a number its leading zero back, and converts old prefixes only on request', () => {
    expect(cellPhone(912345678, false)).toBe('0912345678');
    expect(cellPhone('0169 123 4567', false)).toBe('0169 123 4567');
    expect(cellPhone('0169 123 4567', true)).toBe('0391234567');
    expect(cellText(84912345678)).toBe('84912345678');
  });
});
