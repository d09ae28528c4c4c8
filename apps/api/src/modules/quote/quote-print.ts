import { formatDateVi } from '@sen/shared';
import { printableDocument, type DocumentPrinter } from '../sales/document-print';
import type { Quote } from './quote.entity';

const TEXT = {
  vi: { title: 'BÁO GIÁ', validUntil: 'Có hiệu lực đến', signatures: ['Khách hàng', 'Người lập báo giá'] },
  en: { title: 'QUOTATION', validUntil: 'Valid until', signatures: ['Customer', 'Prepared by'] },
};

/** A quote as printed: "BÁO GIÁ", its number, date and validity, the buyer, lines and totals. */
export const printableQuote: DocumentPrinter<Quote> = (m, q, company, locale) => {
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
};
