import type { Locale } from '../errors/messages';

const UNITS = {
  vi: [
    { at: 1e9, unit: ' tỷ' },
    { at: 1e6, unit: ' tr' },
    { at: 1e3, unit: ' nghìn' },
  ],
  en: [
    { at: 1e9, unit: 'B' },
    { at: 1e6, unit: 'M' },
    { at: 1e3, unit: 'K' },
  ],
} as const;

const FORMAT = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

/**
 * Money in the short units a chart axis or a tile can hold: `1200000000` → `1,2 tỷ`,
 * `450000000` → `450 tr`, `35000` → `35 nghìn` (en: `1.2B`, `450M`, `35K`). At most one decimal;
 * money strings beyond 2^53 are read as numbers, which is precise enough for one decimal.
 */
export function formatCompactVnd(value: number | bigint | string, locale: Locale = 'vi'): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) {
    return '';
  }
  const abs = Math.abs(n);
  for (const { at, unit } of UNITS[locale]) {
    // 999 950 000 would round to "1.000 tr": it belongs to the next unit.
    if (abs >= at * 0.99995) {
      return `${FORMAT[locale].format(n / at)}${unit}`.replace(/[\u00a0\u202f]/g, ' ');
    }
  }
  return FORMAT[locale].format(Math.round(n)).replace(/[\u00a0\u202f]/g, ' ');
}
