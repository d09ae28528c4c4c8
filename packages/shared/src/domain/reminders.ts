/**
 * REM-01..03 date rules, pure: which calendar day a yearly event falls on, and whether a reminder
 * is shown on a given day. Days are `YYYY-MM-DD` calendar dates of the Vietnamese day
 * (Asia/Ho_Chi_Minh, UTC+7 all year), whatever the server's time zone.
 */

export const REMINDER_KINDS = [
  'EMPLOYEE_BIRTHDAY',
  'CUSTOMER_ANNIVERSARY',
  'CONTACT_BIRTHDAY',
  'CONTRACT_EXPIRY',
  'PAYMENT_DUE',
  'TASK_DUE',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Vietnam has no daylight saving time: the offset is fixed. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(iso: string): { y: number; m: number; d: number } {
  const match = ISO.exec(iso);
  if (!match) {
    throw new RangeError(`Not a YYYY-MM-DD date: "${iso}"`);
  }
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The Vietnamese calendar day of an instant. */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parse(iso);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnamese day starts (00:00 in Asia/Ho_Chi_Minh). */
export function vietnamDayStart(iso: string): Date {
  const { y, m, d } = parse(iso);
  return new Date(Date.UTC(y, m - 1, d) - VN_OFFSET_MS);
}

/** A yearly event (birthday, founding day) in a given year; 29 February falls on 28 February in other years. */
export function occurrenceInYear(eventIso: string, year: number): string {
  const { m, d } = parse(eventIso);
  if (m === 2 && d === 29 && !isLeapYear(year)) {
    return format(year, 2, 28);
  }
  return format(year, m, d);
}

/** The next occurrence of a yearly event on or after `today`. */
export function nextOccurrence(eventIso: string, today: string): string {
  return nextFrom(eventIso, today, parse(today).y);
}

/** `nextOccurrence` with today's year (`year`) already read. */
function nextFrom(eventIso: string, today: string, year: number): string {
  const thisYear = occurrenceInYear(eventIso, year);
  return thisYear >= today ? thisYear : occurrenceInYear(eventIso, year + 1);
}

/** REM-02: shown from `days` days before the occurrence through the day itself; null when not shown. */
export function annualReminderDate(eventIso: string, today: string, days: number): string | null {
  return annualReminderDates(today, days)(eventIso);
}

/** `annualReminderDate` for many events of one day: today's year and the window's end worked out once. */
export function annualReminderDates(today: string, days: number): (eventIso: string) => string | null {
  const { y } = parse(today);
  const until = addDays(today, days);
  return (eventIso) => {
    const next = nextFrom(eventIso, today, y);
    return next <= until ? next : null;
  };
}

/** REM-01: shown from the first day of the birthday's month through the birthday itself. */
export function employeeBirthdayDate(birthdayIso: string, today: string): string | null {
  const { y, m } = parse(today);
  const occurrence = occurrenceInYear(birthdayIso, y);
  return parse(occurrence).m === m && occurrence >= today ? occurrence : null;
}

/**
 * The month-day keys (`month * 100 + day`, as the database's `sen_mmdd` index stores them) of the
 * days from `today` through `today + days`, so yearly events are found with an index lookup.
 * 29 February is added when the window holds 28 February of a non-leap year.
 */
export function monthDayKeys(today: string, days: number): number[] {
  const keys = new Set<number>();
  const span = Math.min(Math.max(days, 0), 366);
  for (let i = 0; i <= span; i += 1) {
    const { y, m, d } = parse(addDays(today, i));
    keys.add(m * 100 + d);
    if (m === 2 && d === 28 && !isLeapYear(y)) {
      keys.add(229);
    }
  }
  return [...keys].sort((a, b) => a - b);
}

/** REM-03: the instants bounding "due within N days" — from the start of today to the end of today + N (VN days). */
export function dueWindow(today: string, days: number): { from: Date; to: Date } {
  return { from: vietnamDayStart(today), to: vietnamDayStart(addDays(today, days + 1)) };
}
