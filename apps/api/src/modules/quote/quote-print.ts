import { formatDateVi, type Locale } from '@sen/shared';
import type { PrintableDocument, PrintCompany } from '../../core/print/printable';
import { printableDocument } from '../sales/document-print';
import type { EntityManager } from 'typeorm';
import type { Quote } from './quote.entity';

const TEXT = {
  vi: { title: 'BÁO GIÁ', validUntil: 'Có hiệu lực đến', signatures: ['Khách hàng', 'Người lập báo giá'] },
  en: { title: 'QUOTATION', validUntil: 'Valid until', signatures: ['Customer', 'Prepared by'] },
};

/** A quote as printed: "BÁO GIÁ", its number, date and validity, the buyer, lines and totals. */
export function printableQuote(
  m: Pick<EntityManager, 'query'>,
  q: Quote,
  company: PrintCompany,
  locale: Locale,
): Promise<PrintableDocument> {
  const t = TEXT[locale];
  return printableDocument(
    m,
    {
      owner: 'quote',
      documentId: q.id,
      title: t.title,
      number: q.number,
      date: q.date,
      meta: q.validUntil ? [[t.validUntil, formatDateVi(q.validUntil)]] : [],
      customerId: q.customerId,
      contactId: q.contactId,
      notes: q.terms,
      signatures: t.signatures,
    },
    company,
    locale,
  );
}
