/** VAT rates of a sales line (API.md `VatRate`): 0 %, 5 %, 8 %, 10 %, and KCT (not subject to VAT). */
export const VAT_RATES = ['ZERO', 'FIVE', 'EIGHT', 'TEN', 'EXEMPT'] as const;
export type VatRate = (typeof VAT_RATES)[number];

/** The rate in percent; KCT lines carry no VAT, but are reported apart from 0 % ones. */
export const VAT_PERCENT: Readonly<Record<VatRate, bigint>> = {
  ZERO: 0n,
  FIVE: 5n,
  EIGHT: 8n,
  TEN: 10n,
  EXEMPT: 0n,
};

export const VAT_RATE_LABEL: Readonly<Record<VatRate, { vi: string; en: string }>> = {
  ZERO: { vi: '0%', en: '0%' },
  FIVE: { vi: '5%', en: '5%' },
  EIGHT: { vi: '8%', en: '8%' },
  TEN: { vi: '10%', en: '10%' },
  EXEMPT: { vi: 'KCT', en: 'Exempt' },
};

export function isVatRate(value: string): value is VatRate {
  return (VAT_RATES as readonly string[]).includes(value);
}
