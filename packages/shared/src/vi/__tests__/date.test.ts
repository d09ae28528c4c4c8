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
    // Before 1976 the zone's history applies: Saigon kept UTC+8 in 1970.
    [new Date('1970-06-01T00:05:00Z'), '01/06/1970 08:05'],
  ])('formats %p as %j in Vietnam', (date, expected) => {
    expect(formatDateTimeVi(date)).toBe(expected);
  });

  it('agrees with the time-zone database for instants spread over fifty years', () => {
    const zone = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const start = Date.UTC(1976, 0, 1);
    const step = Math.floor((Date.UTC(2040, 0, 1) - start) / 5000) + 7919;
    for (let t = start; t < Date.UTC(2040, 0, 1); t += step) {
      const d = new Date(t);
      expect(formatDateTimeVi(d)).toBe(zone.format(d).replace(',', ''));
    }
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
