import { divRoundHalfUp, parseDecimal, pow10, toDong } from './decimal';
import { moneyInWords } from './in-words';
import { VAT_PERCENT, VAT_RATES, type VatRate } from './vat';

/** A document line as a form or the API gives it (API.md `DocumentLineInput`). */
export interface LineInput {
  /** Decimal, e.g. `"2.5"`. */
  quantity: string | number;
  /** Money in whole đồng. */
  unitPrice: string | number | bigint;
  /** Decimal percent; used when no discount amount is given. */
  discountPercent?: string | number | null;
  /** Money; wins over the percent. */
  discountAmount?: string | number | bigint | null;
  vatRate: VatRate;
}

export interface LineAmounts {
  amount: bigint;
  discount: bigint;
  vat: bigint;
  total: bigint;
}

export interface VatSubtotal {
  rate: VatRate;
  /** Amount less discount of the rate's lines. */
  base: bigint;
  vat: bigint;
}

export interface DocumentTotals extends LineAmounts {
  /** One entry per rate used, in the order of VAT_RATES. */
  vatByRate: VatSubtotal[];
  /** The total read out in Vietnamese: "Mười một triệu không trăm hai mươi hai nghìn đồng". */
  inWords: string;
}

const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined && v !== '';

/**
 * The one rule for a line's money (API.md "lines and totals"), whole đồng rounded half up:
 * amount = round(quantity × unitPrice); discount = discountAmount, or round(amount × percent / 100);
 * vat = round((amount − discount) × rate); total = amount − discount + vat.
 */
export function computeLine(line: LineInput): LineAmounts {
  const q = parseDecimal(line.quantity);
  const amount = divRoundHalfUp(q.value * toDong(line.unitPrice), pow10(q.scale));
  let discount = 0n;
  if (present(line.discountAmount)) {
    discount = toDong(line.discountAmount);
  } else if (present(line.discountPercent)) {
    const p = parseDecimal(line.discountPercent);
    discount = divRoundHalfUp(amount * p.value, 100n * pow10(p.scale));
  }
  const vat = divRoundHalfUp((amount - discount) * VAT_PERCENT[line.vatRate], 100n);
  return { amount, discount, vat, total: amount - discount + vat };
}

/** Sums of the lines; VAT per rate is the sum of that rate's lines (never recomputed from the base). */
export function computeTotals(lines: readonly LineInput[]): DocumentTotals {
  const byRate = new Map<VatRate, VatSubtotal>();
  const sum: LineAmounts = { amount: 0n, discount: 0n, vat: 0n, total: 0n };
  for (const line of lines) {
    const a = computeLine(line);
    sum.amount += a.amount;
    sum.discount += a.discount;
    sum.vat += a.vat;
    sum.total += a.total;
    const r = byRate.get(line.vatRate) ?? { rate: line.vatRate, base: 0n, vat: 0n };
    r.base += a.amount - a.discount;
    r.vat += a.vat;
    byRate.set(line.vatRate, r);
  }
  const vatByRate = VAT_RATES.flatMap((rate) => {
    const r = byRate.get(rate);
    return r ? [r] : [];
  });
  return { ...sum, vatByRate, inWords: moneyInWords(sum.total) };
}

export type LineProblem =
  'quantityNotPositive' | 'unitPriceNegative' | 'discountPercentRange' | 'discountAmountRange' | 'notANumber';

/** What makes a line impossible to price; the zod schema and the server refuse these. */
export function lineProblems(line: LineInput): { field: keyof LineInput; problem: LineProblem }[] {
  const out: { field: keyof LineInput; problem: LineProblem }[] = [];
  const parse = <T>(field: keyof LineInput, fn: () => T): T | null => {
    try {
      return fn();
    } catch {
      out.push({ field, problem: 'notANumber' });
      return null;
    }
  };
  const q = parse('quantity', () => parseDecimal(line.quantity));
  if (q && q.value <= 0n) {
    out.push({ field: 'quantity', problem: 'quantityNotPositive' });
  }
  const price = parse('unitPrice', () => toDong(line.unitPrice));
  if (price !== null && price < 0n) {
    out.push({ field: 'unitPrice', problem: 'unitPriceNegative' });
  }
  if (present(line.discountPercent)) {
    const p = parse('discountPercent', () => parseDecimal(line.discountPercent as string));
    if (p && (p.value < 0n || p.value > 100n * pow10(p.scale))) {
      out.push({ field: 'discountPercent', problem: 'discountPercentRange' });
    }
  }
  if (present(line.discountAmount)) {
    const d = parse('discountAmount', () => toDong(line.discountAmount as string));
    if (d !== null && out.length === 0) {
      const { amount } = computeLine({ ...line, discountAmount: null, discountPercent: null });
      if (d < 0n || d > amount) {
        out.push({ field: 'discountAmount', problem: 'discountAmountRange' });
      }
    }
  }
  return out;
}
