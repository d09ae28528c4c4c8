/**
 * Exact decimal arithmetic on strings, for money (whole đồng, may exceed 2^53) and quantities
 * and percentages with decimals. Never a float: a value is a BigInt scaled by a power of ten.
 */
export interface Scaled {
  /** The digits as an integer: `12.5` → 125n with scale 1. */
  value: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:[.,](\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}

export function parseDecimal(input: string | number | bigint): Scaled {
  if (typeof input === 'bigint') {
    return { value: input, scale: 0 };
  }
  const text = typeof input === 'number' ? numberText(input) : input.trim();
  const m = DECIMAL.exec(text);
  if (!m) {
    throw new RangeError(`Not a decimal: "${text}"`);
  }
  const [, sign, whole, fraction = ''] = m;
  const digits = BigInt(whole + fraction);
  return { value: sign ? -digits : digits, scale: fraction.length };
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) {
    throw new RangeError(`Not a finite number: ${n}`);
  }
  // Up to 10 decimals is more than any quantity or percentage here needs.
  return Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(10).replace(/0+$/, '');
}

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** numerator / denominator rounded to a whole number, half away from zero ("half up" for amounts ≥ 0). */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) {
    throw new RangeError('Division by zero');
  }
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

/** `12.50` → `12.5`, `3.000` → `3`: the canonical text of a decimal. */
export function formatDecimal(s: Scaled): string {
  const negative = s.value < 0n;
  let digits = (negative ? -s.value : s.value).toString().padStart(s.scale + 1, '0');
  let text = digits;
  if (s.scale > 0) {
    const whole = digits.slice(0, digits.length - s.scale);
    const fraction = digits.slice(digits.length - s.scale).replace(/0+$/, '');
    text = fraction ? `${whole}.${fraction}` : whole;
  }
  digits = text;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

/** Whole đồng from a Money value (a decimal string without minor unit, a bigint or a safe integer). */
export function toDong(input: string | number | bigint): bigint {
  const s = parseDecimal(input);
  if (s.scale > 0 && s.value % pow10(s.scale) !== 0n) {
    throw new RangeError(`Money has no minor unit: "${String(input)}"`);
  }
  return s.value / pow10(s.scale);
}
