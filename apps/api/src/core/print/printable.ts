import {
  VAT_RATE_LABEL,
  formatDecimal,
  formatNumberVi,
  parseDecimal,
  type DocumentTotals,
  type Locale,
  type VatRate,
} from '@sen/shared';

/** The seller's header of every printed document (API.md `CompanyProfile`). */
export interface PrintCompany {
  name: string;
  taxCode?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  bankAccount?: string | null;
  bankName?: string | null;
  representative?: string | null;
  logo?: { data: Buffer; format: 'PNG' | 'JPEG' } | null;
}

export interface PrintLine {
  name: string;
  unit?: string | null;
  quantity: string;
  unitPrice: bigint;
  discount: bigint;
  vatRate: VatRate;
  amount: bigint;
}

/** A quote, order, contract or invoice as printed: what the PDF and the .docx both lay out. */
export interface PrintableDocument {
  /** "BÁO GIÁ", "HÓA ĐƠN"… in the reader's language. */
  title: string;
  number: string;
  /** YYYY-MM-DD. */
  date: string;
  /** More header lines under the number (valid until, due date, contract no.…). */
  meta: [string, string][];
  company: PrintCompany;
  /** The buyer's block: [label, value] lines, the first being the name. */
  party: [string, string][];
  lines: PrintLine[];
  totals: DocumentTotals;
  /** Terms, notes: printed under the totals. */
  notes?: string | null;
  /** Signature captions, left to right. */
  signatures: string[];
}

export type PrintLabels = typeof LABELS.vi;

const LABELS = {
  vi: {
    number: 'Số',
    date: 'Ngày',
    taxCode: 'Mã số thuế',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Email',
    website: 'Website',
    bank: 'Số tài khoản',
    representative: 'Người đại diện',
    columns: [
      'STT',
      'Tên hàng hóa, dịch vụ',
      'ĐVT',
      'Số lượng',
      'Đơn giá',
      'Chiết khấu',
      'Thuế suất',
      'Thành tiền',
    ],
    amount: 'Cộng tiền hàng',
    discount: 'Chiết khấu',
    vatOn: (rate: string, base: string) => `Thuế GTGT ${rate} (trên ${base})`,
    vat: 'Tiền thuế GTGT',
    total: 'Tổng cộng tiền thanh toán',
    inWords: 'Số tiền viết bằng chữ',
    notes: 'Ghi chú, điều khoản',
    sign: '(Ký, ghi rõ họ tên)',
  },
  en: {
    number: 'No.',
    date: 'Date',
    taxCode: 'Tax code',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    bank: 'Bank account',
    representative: 'Representative',
    columns: ['No.', 'Goods, services', 'Unit', 'Quantity', 'Unit price', 'Discount', 'VAT rate', 'Amount'],
    amount: 'Subtotal',
    discount: 'Discount',
    vatOn: (rate: string, base: string) => `VAT ${rate} (on ${base})`,
    vat: 'VAT',
    total: 'Total payable',
    inWords: 'Amount in words',
    notes: 'Notes and terms',
    sign: '(Signature, full name)',
  },
};

export function printLabels(locale: Locale): PrintLabels {
  return LABELS[locale];
}

/** `1250000n` → `1.250.000`: every amount on paper has thousands separators. */
export const money = (n: bigint): string => formatNumberVi(n);

/** `2.50` → `2,5`. */
export const quantity = (q: string): string => formatNumberVi(formatDecimal(parseDecimal(q)));

export const dateVi = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function vatLabel(rate: VatRate, locale: Locale): string {
  return VAT_RATE_LABEL[rate][locale];
}

/** The company block's lines under its name. */
export function companyLines(c: PrintCompany, l: PrintLabels): string[] {
  const out: string[] = [];
  if (c.address) {
    out.push(`${l.address}: ${c.address}`);
  }
  if (c.taxCode) {
    out.push(`${l.taxCode}: ${c.taxCode}`);
  }
  const contact = [c.phone && `${l.phone}: ${c.phone}`, c.email && `${l.email}: ${c.email}`, c.website]
    .filter(Boolean)
    .join(' · ');
  if (contact) {
    out.push(contact);
  }
  if (c.bankAccount) {
    out.push(`${l.bank}: ${c.bankAccount}${c.bankName ? ` — ${c.bankName}` : ''}`);
  }
  return out;
}

/** The table's rows as text, in column order. */
export function lineCells(d: PrintableDocument, locale: Locale): string[][] {
  return d.lines.map((line, i) => [
    String(i + 1),
    line.name,
    line.unit ?? '',
    quantity(line.quantity),
    money(line.unitPrice),
    line.discount > 0n ? money(line.discount) : '',
    vatLabel(line.vatRate, locale),
    money(line.amount - line.discount),
  ]);
}

/** The totals block: [label, amount] rows, VAT per rate between the discount and the VAT sum. */
export function totalRows(d: PrintableDocument, l: PrintLabels, locale: Locale): [string, string][] {
  const t = d.totals;
  const rows: [string, string][] = [[l.amount, money(t.amount)]];
  if (t.discount > 0n) {
    rows.push([l.discount, money(t.discount)]);
  }
  for (const r of t.vatByRate) {
    rows.push([l.vatOn(vatLabel(r.rate, locale), money(r.base)), money(r.vat)]);
  }
  rows.push([l.vat, money(t.vat)], [l.total, money(t.total)]);
  return rows;
}
