import { formatDateTimeVi, formatDateVi, parseDateVi } from '../date';

describe('formatDateVi', () => {
  test.each<[Date | string, string]>([
    ['2025-12-31', '31/12/2025'],
    ['2024-02-29', '29/02/2024'],
    ['2025-01-05', '05/01/2025'],
    [new Date('2025-12-31T16:59:00Z'), '31/12/2025'],
    // 00:30 on 1 January in Vietnam (UTC+7)
    [new Date('2025-12-31T17:30:00Z'), '01/01/2026'],
    ['2025-12-31T17:30:00Z', '01/01/2026'],
    ['2025-12-31T23:30:00+07:00', '31/12/2025'],
  ])('formats %p as %j in Vietnam', (date, expected) => {
    expect(formatDateVi(date)).toBe(expected);
  });

  test.each<[Date | string]>([['2025-02-30'], ['not a date'], [''], [new Date('x')]])(
    'refuses %p',
    (date) => {
      expect(() => formatDateVi(date)).toThrow(RangeError);
    },
  );
});

describe('formatDateTimeVi', () => {
  test.each<[Date | string, string]>([
    [new Date('2025-06-01T00:05:00Z'), '01/06/2025 07:05'],
    [new Date('2025-12-31T17:00:00Z'), '01/01/2026 00:00'],
    [new Date('2025-12-31T16:59:00Z'), '31/12/2025 23:59'],
    ['2025-03-08T13:45:00+07:00', '08/03/2025 13:45'],
    ['2025-03-08', '08/03/2025 00:00'],
  ])('formats %p as %j in Vietnam', (date, expected) => {
    expect(formatDateTimeVi(date)).toBe(expected);
  });
});

describe('parseDateVi', () => {
  test.each<[string, string | null]>([
    ['31/12/2025', '2025-12-31'],
    ['01/01/2025', '2025-01-01'],
    ['1/2/2025', '2025-02-01'],
    [' 05/06/2025 ', '2025-06-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['29/02/2025', null],
    ['29/02/1900', null],
    ['31/02/2025', null],
    ['31/04/2025', null],
    ['32/01/2025', null],
    ['00/01/2025', null],
    ['15/13/2025', null],
    ['15/00/2025', null],
    ['12/31/2025', null], // month/day order is not accepted
    ['2025-12-31', null],
    ['31/12/25', null],
    ['31-12-2025', null],
    ['31/12/2025 10:00', null],
    ['', null],
    ['abc', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDateVi(input)).toBe(expected);
  });
});
