import {
  addDays,
  annualReminderDate,
  dueWindow,
  employeeBirthdayDate,
  monthDayKeys,
  nextOccurrence,
  vietnamDay,
} from '../reminders';

describe('annualReminderDate (REM-02: N days ahead)', () => {
  it.each([
    // event, today, days, expected
    ['1990-01-02', '2026-12-29', 5, '2027-01-02'], // across the year boundary
    ['1990-01-02', '2026-12-27', 5, null], // one day too early
    ['1990-01-02', '2027-01-02', 5, '2027-01-02'], // the day itself
    ['1990-01-02', '2027-01-03', 5, null], // the day after: next year, too far
    ['1992-02-29', '2027-02-28', 0, '2027-02-28'], // 29 Feb shown on 28 Feb in a non-leap year
    ['1992-02-29', '2027-02-24', 4, '2027-02-28'],
    ['1992-02-29', '2028-02-28', 0, null], // leap year: on the 29th itself
    ['1992-02-29', '2028-02-29', 0, '2028-02-29'],
    ['1992-02-29', '2027-03-01', 7, null],
    ['2000-07-15', '2026-07-08', 7, '2026-07-15'],
    ['2000-07-15', '2026-07-07', 7, null],
  ])('%s seen on %s with %i days → %s', (event, today, days, expected) => {
    expect(annualReminderDate(event, today, days)).toBe(expected);
  });
});

describe('employeeBirthdayDate (REM-01: from the 1st of the month through the day)', () => {
  it.each([
    ['1985-12-20', '2026-12-01', '2026-12-20'],
    ['1985-12-20', '2026-12-20', '2026-12-20'],
    ['1985-12-20', '2026-12-21', null],
    ['1985-12-20', '2026-11-30', null],
    ['1985-01-02', '2026-12-29', null], // next month's birthday is not shown yet
    ['1985-01-02', '2027-01-01', '2027-01-02'],
    ['1988-02-29', '2027-02-01', '2027-02-28'],
    ['1988-02-29', '2027-02-28', '2027-02-28'],
    ['1988-02-29', '2028-02-29', '2028-02-29'],
    ['1988-02-29', '2027-03-01', null],
  ])('%s seen on %s → %s', (birthday, today, expected) => {
    expect(employeeBirthdayDate(birthday, today)).toBe(expected);
  });
});

describe('vietnamDay (the Asia/Ho_Chi_Minh day, whatever the server zone)', () => {
  it.each([
    ['2026-12-31T16:59:59Z', '2026-12-31'],
    ['2026-12-31T17:00:00Z', '2027-01-01'], // midnight in Hanoi, still 31 Dec in UTC
    ['2027-03-01T00:00:00+07:00', '2027-03-01'],
    ['2027-02-28T23:30:00-05:00', '2027-03-01'],
  ])('%s → %s', (instant, day) => {
    expect(vietnamDay(new Date(instant))).toBe(day);
  });
});

describe('monthDayKeys (index keys of a window)', () => {
  it('spans the year boundary', () => {
    expect(monthDayKeys('2026-12-29', 5)).toEqual([101, 102, 103, 1229, 1230, 1231]);
  });
  it('adds 29 February when 28 February of a non-leap year is in the window', () => {
    expect(monthDayKeys('2027-02-27', 1)).toEqual([227, 228, 229]);
    expect(monthDayKeys('2028-02-27', 1)).toEqual([227, 228]);
  });
});

describe('helpers', () => {
  it('nextOccurrence moves to next year once the day has passed', () => {
    expect(nextOccurrence('1990-03-10', '2026-03-11')).toBe('2027-03-10');
  });
  it('addDays crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
  it('dueWindow runs from 00:00 today to 00:00 after the last day, Hanoi time', () => {
    const w = dueWindow('2026-12-29', 3);
    expect(w.from.toISOString()).toBe('2026-12-28T17:00:00.000Z');
    expect(w.to.toISOString()).toBe('2027-01-01T17:00:00.000Z');
  });
});
