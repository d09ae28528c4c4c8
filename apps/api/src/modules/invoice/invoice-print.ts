import { formatDateVi, PAYMENT_METHOD_LABEL } from '@sen/shared';
import { printableDocument, type DocumentPrinter } from '../sales/document-print';
import type { Invoice } from './invoice.entity';

const TEXT = {
  vi: {
    title: 'HÓA ĐƠN BÁN HÀNG',
    due: 'Hạn thanh toán',
    method: 'Hình thức thanh toán',
    eInvoice: 'Ký hiệu / Số HĐĐT',
    contract: 'Hợp đồng số',
    buyer: 'Đơn vị mua hàng',
    taxCode: 'Mã số thuế',
    address: 'Địa chỉ',
    cancelled: 'ĐÃ HỦY',
    signatures: ['Người mua hàng', 'Người bán hàng'],
  },
  en: {
    title: 'SALES INVOICE',
    due: 'Due date',
    method: 'Payment method',
    eInvoice: 'E-invoice symbol / no.',
    contract: 'Contract no.',
    buyer: 'Buyer',
    taxCode: 'Tax code',
    address: 'Address',
    cancelled: 'CANCELLED',
    signatures: ['Buyer', 'Seller'],
  },
};

/**
 * An invoice as printed: "HÓA ĐƠN BÁN HÀNG", its number, date, due date, payment method, the buyer
 * as copied onto the invoice (not the customer as it is today), the lines and totals.
 */
export const printableInvoice: DocumentPrinter<Invoice> = async (m, i, company, locale) => {
  const t = TEXT[locale];
  const meta: [string, string][] = [];
  if (i.dueDate) {
    meta.push([t.due, formatDateVi(i.dueDate)]);
  }
  if (i.paymentMethod) {
    meta.push([t.method, PAYMENT_METHOD_LABEL[i.paymentMethod][locale]]);
  }
  if (i.eInvoiceSymbol || i.eInvoiceNumber) {
    meta.push([t.eInvoice, [i.eInvoiceSymbol, i.eInvoiceNumber].filter(Boolean).join(' / ')]);
  }
  if (i.contractId) {
    const [c]: { number: string }[] = await m.query(`SELECT number FROM contract WHERE id = $1`, [
      i.contractId,
    ]);
    if (c) {
      meta.push([t.contract, c.number]);
    }
  }
  const doc = await printableDocument(
    m,
    {
      owner: 'invoice',
      documentId: i.id,
      title: i.status === 'CANCELLED' ? `${t.title} (${t.cancelled})` : t.title,
      number: i.number,
      date: i.date,
      meta,
      customerId: i.customerId,
      contactId: null,
      notes: i.notes,
      signatures: t.signatures,
    },
    company,
    locale,
  );
  if (i.buyerName) {
    const party: [string, string][] = [[t.buyer, i.buyerName]];
    if (i.buyerTaxCode) {
      party.push([t.taxCode, i.buyerTaxCode]);
    }
    if (i.buyerAddress) {
      party.push([t.address, i.buyerAddress]);
    }
    doc.party = party;
  }
  return doc;
};
