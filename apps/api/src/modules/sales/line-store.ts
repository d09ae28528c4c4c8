import {
  AppError,
  computeLine,
  computeTotals,
  moneyInWords,
  type DocumentLineData,
  type DocumentTotals as Totals,
  type FieldError,
  type VatRate,
  VAT_RATES,
} from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { DocumentLine, type DocumentTotals, type VatSubtotal } from './document-line';

/** The documents that carry lines: their table, their line table and its key (constants, never input). */
export const LINE_TABLES = {
  quote: { document: 'quote', lines: 'quote_line', key: 'quote_id' },
  contract: { document: 'contract', lines: 'contract_line', key: 'contract_id' },
  order: { document: 'sales_order', lines: 'order_line', key: 'order_id' },
  invoice: { document: 'invoice', lines: 'invoice_line', key: 'invoice_id' },
} as const;
export type LineOwner = keyof typeof LINE_TABLES;

/** A line ready to store: the product's defaults filled in. */
export interface ResolvedLine {
  productId: string | null;
  productName: string;
  unit: string | null;
  quantity: string;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: string | null;
  vatRate: VatRate;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Fills each line's name, unit and VAT rate from its product where the line leaves them out. An
 * unknown (or trashed) product is a field error on that line: `lines.2.productId`.
 */
export async function resolveLines(
  m: EntityManager,
  lines: readonly DocumentLineData[],
): Promise<ResolvedLine[]> {
  const ids = [...new Set(lines.flatMap((l) => (l.productId ? [l.productId] : [])))];
  const valid = ids.filter((id) => UUID.test(id));
  const products: { id: string; name: string; unit: string; vat_rate: VatRate }[] =
    valid.length > 0
      ? await m.query(
          `SELECT id, name, unit, vat_rate FROM product WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
          [valid],
        )
      : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const errors: FieldError[] = [];
  const resolved = lines.map((l, i) => {
    const p = l.productId ? byId.get(l.productId) : undefined;
    if (l.productId && !p) {
      errors.push({ field: `lines.${i}.productId`, message: 'v.invalid' });
    }
    return {
      productId: p ? p.id : null,
      productName: l.productName ?? p?.name ?? '',
      unit: l.unit ?? p?.unit ?? null,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountPercent: l.discountAmount ? null : (l.discountPercent ?? null),
      discountAmount: l.discountAmount ?? null,
      vatRate: l.vatRate ?? p?.vat_rate ?? 'TEN',
    };
  });
  if (errors.length > 0) {
    throw AppError.badInput(errors);
  }
  return resolved;
}

/**
 * Replaces a document's lines and writes its totals from `computeTotals`, in the caller's
 * transaction: the stored amounts are always the shared function's, whatever a client sent.
 */
export async function writeLines(
  m: EntityManager,
  owner: LineOwner,
  documentId: string,
  lines: readonly ResolvedLine[],
): Promise<Totals> {
  const t = LINE_TABLES[owner];
  const amounts = lines.map((l) => computeLine(l));
  await m.query(`DELETE FROM ${t.lines} WHERE ${t.key} = $1`, [documentId]);
  if (lines.length > 0) {
    await m.query(
      `INSERT INTO ${t.lines} (${t.key}, position, product_id, product_name, unit, quantity, unit_price,
                               discount_percent, discount_amount, vat_rate, amount, discount, vat, total)
       SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::text[], $5::text[], $6::numeric[], $7::bigint[],
                                $8::numeric[], $9::bigint[], $10::text[], $11::bigint[], $12::bigint[],
                                $13::bigint[], $14::bigint[])`,
      [
        documentId,
        lines.map((_, i) => i + 1),
        lines.map((l) => l.productId),
        lines.map((l) => l.productName),
        lines.map((l) => l.unit),
        lines.map((l) => l.quantity),
        lines.map((l) => l.unitPrice),
        lines.map((l) => l.discountPercent),
        lines.map((l) => l.discountAmount),
        lines.map((l) => l.vatRate),
        amounts.map((a) => a.amount.toString()),
        amounts.map((a) => a.discount.toString()),
        amounts.map((a) => a.vat.toString()),
        amounts.map((a) => a.total.toString()),
      ],
    );
  }
  const totals = computeTotals(lines);
  await m.query(`UPDATE ${t.document} SET amount = $2, discount = $3, vat = $4, total = $5 WHERE id = $1`, [
    documentId,
    totals.amount.toString(),
    totals.discount.toString(),
    totals.vat.toString(),
    totals.total.toString(),
  ]);
  return totals;
}

interface LineRow {
  id: string;
  document_id: string;
  position: number;
  product_id: string | null;
  product_name: string;
  unit: string | null;
  quantity: string;
  unit_price: string;
  discount_percent: string | null;
  discount_amount: string | null;
  vat_rate: VatRate;
  amount: string;
  discount: string;
  vat: string;
  total: string;
}

function lineOf(r: LineRow): DocumentLine {
  return Object.assign(new DocumentLine(), {
    id: r.id,
    documentId: r.document_id,
    position: r.position,
    productId: r.product_id,
    productName: r.product_name,
    unit: r.unit,
    quantity: r.quantity,
    unitPrice: r.unit_price,
    discountPercent: r.discount_percent,
    discountAmount: r.discount_amount,
    vatRate: r.vat_rate,
    amount: r.amount,
    discount: r.discount,
    vat: r.vat,
    total: r.total,
  });
}

/** The lines of many documents of one kind in one query, in position order. */
export async function readLines(
  m: Pick<EntityManager, 'query'>,
  owner: LineOwner,
  documentIds: readonly string[],
): Promise<DocumentLine[]> {
  const t = LINE_TABLES[owner];
  const rows: LineRow[] = await m.query(
    `SELECT id, ${t.key} AS document_id, position, product_id, product_name, unit, quantity::text AS quantity,
            unit_price::text AS unit_price, discount_percent::text AS discount_percent,
            discount_amount::text AS discount_amount, vat_rate, amount::text AS amount,
            discount::text AS discount, vat::text AS vat, total::text AS total
       FROM ${t.lines} WHERE ${t.key} = ANY($1::uuid[]) ORDER BY ${t.key}, position`,
    [documentIds],
  );
  return rows.map(lineOf);
}

/** Copies a document's lines to another document (a quote becoming an order…) with its totals. */
export async function copyLines(
  m: EntityManager,
  from: LineOwner,
  fromId: string,
  to: LineOwner,
  toId: string,
): Promise<void> {
  const a = LINE_TABLES[from];
  const b = LINE_TABLES[to];
  await m.query(
    `INSERT INTO ${b.lines} (${b.key}, position, product_id, product_name, unit, quantity, unit_price,
                             discount_percent, discount_amount, vat_rate, amount, discount, vat, total)
     SELECT $2, position, product_id, product_name, unit, quantity, unit_price, discount_percent,
            discount_amount, vat_rate, amount, discount, vat, total
       FROM ${a.lines} WHERE ${a.key} = $1`,
    [fromId, toId],
  );
  await m.query(
    `UPDATE ${b.document} d SET amount = s.amount, discount = s.discount, vat = s.vat, total = s.total
       FROM ${a.document} s WHERE s.id = $1 AND d.id = $2`,
    [fromId, toId],
  );
}

/** Per-rate VAT of stored lines: each rate's sums of its lines' stored amounts, in VAT_RATES order. */
export function vatByRate(lines: readonly DocumentLine[]): VatSubtotal[] {
  const sums = new Map<VatRate, { base: bigint; vat: bigint }>();
  for (const l of lines) {
    const s = sums.get(l.vatRate) ?? { base: 0n, vat: 0n };
    s.base += BigInt(l.amount) - BigInt(l.discount);
    s.vat += BigInt(l.vat);
    sums.set(l.vatRate, s);
  }
  return VAT_RATES.flatMap((rate) => {
    const s = sums.get(rate);
    return s ? [{ rate, base: s.base.toString(), vat: s.vat.toString() }] : [];
  });
}

/** A document row's totals for the API; the per-rate split is read from its lines when asked. */
export function documentTotals(
  row: { amount: string; discount: string; vat: string; total: string },
  lines: () => Promise<readonly DocumentLine[]>,
): DocumentTotals {
  return {
    amount: row.amount,
    discount: row.discount,
    vat: row.vat,
    total: row.total,
    inWords: moneyInWords(row.total),
    vatByRate: async () => vatByRate(await lines()),
  };
}
