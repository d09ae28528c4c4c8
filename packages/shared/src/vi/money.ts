const VND = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
const NUMBER_VI = new Intl.NumberFormat('vi-VN');
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/** Money may exceed 2^53, so whole-number strings go through BigInt rather than a float. */
function toNumeric(value: number | bigint | string): number | bigint {
  if (typeof value === 'bigint') {
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Not a finite number: ${value}`);
    }
    return value;
  }
  const match = value.trim().match(/^(-?\d+)(?:\.(\d+))?$/);
  if (!match) {
    throw new RangeError(`Not a number: "${value}"`);
  }
  const [, whole, fraction = ''] = match;
  return /^0*$/.test(fraction) ? BigInt(whole) : Number(match[0]);
}

/** `1250000` → `1.250.000 ₫` (ordinary spaces, so output is the same on every ICU build). */
export function formatVnd(value: number | bigint | string): string {
  return VND.format(toNumeric(value)).replace(NO_BREAK_SPACES, ' ');
}

/** `1250000` → `1.250.000`; `12.5` → `12,5`. */
export function formatNumberVi(value: number | bigint | string): string {
  return NUMBER_VI.format(toNumeric(value)).replace(NO_BREAK_SPACES, ' ');
}
