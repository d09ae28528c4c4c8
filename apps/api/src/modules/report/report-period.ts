import { parseInput, reportRangeSchema } from '@sen/shared';

/** The months `YYYY-MM` a period touches, oldest first. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) {
      return out;
    }
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** A checked period of Vietnamese calendar days (BAD_USER_INPUT otherwise). */
export function period(from: string, to: string): { from: string; to: string } {
  return parseInput(reportRangeSchema, { from, to });
}

/** `[start, end)` of a period as instants: Vietnamese midnights, whatever the server's zone. */
export const VN_DAY_START = (param: string) => `(:${param}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
export const VN_DAY_END = (param: string) =>
  `((:${param}::date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
