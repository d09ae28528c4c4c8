const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface DateParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

/** From here on Asia/Ho_Chi_Minh is UTC+7 all year (earlier instants go through Intl's zone data). */
const FIXED_OFFSET_SINCE = Date.UTC(1976, 0, 1);
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function partsInVietnam(date: Date | string): DateParts {
  const iso = typeof date === 'string' ? date.match(ISO_DATE) : null;
  if (iso) {
    // A calendar date has no time zone to convert from.
    const [, year, month, day] = iso;
    if (!isRealDate(Number(year), Number(month), Number(day))) {
      throw new RangeError(`Invalid date: "${date}"`);
    }
    return { year, month, day, hour: '00', minute: '00' };
  }
  const instant = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`Invalid date: "${String(date)}"`);
  }
  const ms = instant.getTime();
  if (ms >= FIXED_OFFSET_SINCE) {
    // Vietnam has kept UTC+7 without daylight saving since 1975: plain arithmetic, twenty times
    // cheaper than Intl's formatToParts (an export formats a date per row).
    const local = new Date(ms + 7 * 3600_000);
    return {
      year: String(local.getUTCFullYear()).padStart(4, '0'),
      month: two(local.getUTCMonth() + 1),
      day: two(local.getUTCDate()),
      hour: two(local.getUTCHours()),
      minute: two(local.getUTCMinutes()),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of PARTS.formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
  };
}

/** dd/MM/yyyy in Vietnam; a `YYYY-MM-DD` string is shown as the same calendar day. */
export function formatDateVi(date: Date | string): string {
  const { year, month, day } = partsInVietnam(date);
  return `${day}/${month}/${year}`;
}

/** dd/MM/yyyy HH:mm in Vietnam. */
export function formatDateTimeVi(date: Date | string): string {
  const { year, month, day, hour, minute } = partsInVietnam(date);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** `31/12/2025` → `2025-12-31`; null when it is not a real calendar date. */
export function parseDateVi(input: string): string | null {
  const match = input.trim().match(VI_DATE);
  if (!match) {
    return null;
  }
  const [day, month, year] = match.slice(1).map(Number);
  if (!isRealDate(year, month, day)) {
    return null;
  }
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
