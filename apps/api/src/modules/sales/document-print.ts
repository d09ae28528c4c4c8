import { computeTotals, type Locale } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { PrintableDocument, PrintCompany } from '../../core/print/printable';
import { readLines, type LineOwner } from './line-store';

/** What a document adds to the common layout: its title, header lines, notes and signatures. */
export interface PrintSpec {
  owner: LineOwner;
  documentId: string;
  title: string;
  number: string;
  date: string;
  meta: [string, string][];
  customerId: string;
  contactId: string | null;
  notes: string | null;
  signatures: string[];
}

/** A document of one kind laid out for print, in the reader's language. */
export type DocumentPrinter<T> = (
  m: Pick<EntityManager, 'query'>,
  doc: T,
  company: PrintCompany,
  locale: Locale,
) => Promise<PrintableDocument>;

const PARTY = {
  vi: {
    customer: 'Khách hàng',
    taxCode: 'Mã số thuế',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    contact: 'Người liên hệ',
  },
  en: { customer: 'Customer', taxCode: 'Tax code', address: 'Address', phone: 'Phone', contact: 'Contact' },
};

/**
 * A stored document as printed (core/print lays it out): the company header, the buyer from the
 * customer (and contact), the stored lines, and the totals `computeTotals` gives for them — the
 * same function that wrote the document's own totals.
 */
export const printableDocument: DocumentPrinter<PrintSpec> = async (m, spec, company, locale) => {
  const l = PARTY[locale];
  const [[customer], contacts, stored] = await Promise.all([
    m.query(
      `SELECT name, tax_code, coalesce(business_address, office_address) AS address, phone
         FROM customer WHERE id = $1`,
      [spec.customerId],
    ) as Promise<{ name: string; tax_code: string | null; address: string | null; phone: string | null }[]>,
    spec.contactId
      ? (m.query(`SELECT name, mobile FROM contact WHERE id = $1`, [spec.contactId]) as Promise<
          { name: string; mobile: string | null }[]
        >)
      : Promise.resolve([]),
    readLines(m, spec.owner, [spec.documentId]),
  ]);
  const party: [string, string][] = [[l.customer, customer.name]];
  if (customer.tax_code) {
    party.push([l.taxCode, customer.tax_code]);
  }
  if (customer.address) {
    party.push([l.address, customer.address]);
  }
  if (customer.phone) {
    party.push([l.phone, customer.phone]);
  }
  const contact = contacts[0];
  if (contact) {
    party.push([l.contact, contact.mobile ? `${contact.name} (${contact.mobile})` : contact.name]);
  }
  return {
    title: spec.title,
    number: spec.number,
    date: spec.date,
    meta: spec.meta,
    company,
    party,
    lines: stored.map((s) => ({
      name: s.productName,
      unit: s.unit,
      quantity: s.quantity,
      unitPrice: BigInt(s.unitPrice),
      discount: BigInt(s.discount),
      vatRate: s.vatRate,
      amount: BigInt(s.amount),
    })),
    totals: computeTotals(stored),
    notes: spec.notes,
    signatures: spec.signatures,
  };
};
