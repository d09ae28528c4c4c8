export { divRoundHalfUp, formatDecimal, isDecimal, parseDecimal, toDong } from './decimal';
export type { Scaled } from './decimal';
export { moneyInWords } from './in-words';
export { computeLine, computeTotals, lineProblems } from './totals';
export type { DocumentTotals, LineAmounts, LineInput, LineProblem, VatSubtotal } from './totals';
export { VAT_PERCENT, VAT_RATES, VAT_RATE_LABEL, isVatRate } from './vat';
export type { VatRate } from './vat';
