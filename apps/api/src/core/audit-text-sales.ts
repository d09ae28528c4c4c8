import { recordTexts } from './audit-text-record';
/** Audit descriptions of the sales half (SALES-DESIGN.md "Audit"), spread into audit-text's TEXT. */
export const SALES_AUDIT_TEXT = {
  ...recordTexts('product', { vi: 'hàng hóa {{code}} {{name}}', en: 'product {{code}} {{name}}' }),
  'product.import': {
    vi: 'Nhập khẩu hàng hóa: {{count}} bản ghi từ {{file}}',
    en: 'Imported products: {{count}} records from {{file}}',
  },
  ...recordTexts('opportunity', { vi: 'cơ hội {{code}} {{name}}', en: 'opportunity {{code}} {{name}}' }),
  'opportunity.move': {
    vi: 'Chuyển cơ hội {{code}} {{name}}: {{from}} → {{to}}',
    en: 'Moved opportunity {{code}} {{name}}: {{from}} → {{to}}',
  },
  ...recordTexts('quote', { vi: 'báo giá {{number}}', en: 'quote {{number}}' }),
  'quote.create': {
    vi: 'Thêm báo giá {{number}} ({{customer}})',
    en: 'Added quote {{number}} ({{customer}})',
  },
  'quote.status': {
    vi: 'Báo giá {{number}}: {{from}} → {{to}}',
    en: 'Quote {{number}}: {{from}} → {{to}}',
  },
  'quote.convert': {
    vi: 'Chuyển báo giá {{number}} thành {{target}} {{targetNumber}}',
    en: 'Converted quote {{number}} to {{target}} {{targetNumber}}',
  },
  'document.fromQuote': {
    vi: 'Thêm {{target}} {{number}} từ báo giá {{quote}}',
    en: 'Added {{target}} {{number}} from quote {{quote}}',
  },
  'customer.levelByDocument': {
    vi: 'Khách hàng {{code}} {{name}} chuyển sang Tiếp cận ({{document}})',
    en: 'Customer {{code}} {{name}} moved to Approached ({{document}})',
  },
  'customer.signedByContract': {
    vi: 'Khách hàng {{code}} {{name}} chuyển sang Đã ký (hợp đồng {{number}})',
    en: 'Customer {{code}} {{name}} moved to Signed (contract {{number}})',
  },
  ...recordTexts('contract', { vi: 'hợp đồng {{number}}', en: 'contract {{number}}' }),
  'contract.create': {
    vi: 'Thêm hợp đồng {{number}} ({{customer}})',
    en: 'Added contract {{number}} ({{customer}})',
  },
  'contract.status': {
    vi: 'Hợp đồng {{number}}: {{from}} → {{to}}',
    en: 'Contract {{number}}: {{from}} → {{to}}',
  },
  'contract.paid': {
    vi: 'Hợp đồng {{number}}: đợt {{position}} nhận {{amount}} đ (phiếu thu {{receipt}})',
    en: 'Contract {{number}}: instalment {{position}} received {{amount}} VND (receipt {{receipt}})',
  },
  ...recordTexts('order', { vi: 'đơn hàng {{number}}', en: 'order {{number}}' }),
  'order.create': {
    vi: 'Thêm đơn hàng {{number}} ({{customer}})',
    en: 'Added order {{number}} ({{customer}})',
  },
  'order.status': {
    vi: 'Đơn hàng {{number}}: {{from}} → {{to}}',
    en: 'Order {{number}}: {{from}} → {{to}}',
  },
  'order.paid': {
    vi: 'Đơn hàng {{number}}: đã thu {{received}} đ (phiếu thu {{receipt}})',
    en: 'Order {{number}}: {{received}} VND received (receipt {{receipt}})',
  },
  'order.paidThroughInvoice': {
    vi: 'Đơn hàng {{number}}: thanh toán theo hóa đơn của đơn (phiếu thu {{receipt}})',
    en: 'Order {{number}}: paid through its invoice (receipt {{receipt}})',
  },
  ...recordTexts('invoice', { vi: 'hóa đơn {{number}}', en: 'invoice {{number}}' }),
  'invoice.create': {
    vi: 'Thêm hóa đơn {{number}} ({{customer}})',
    en: 'Added invoice {{number}} ({{customer}})',
  },
  'invoice.issue': { vi: 'Phát hành hóa đơn {{number}}', en: 'Issued invoice {{number}}' },
  'invoice.cancel': {
    vi: 'Hủy hóa đơn {{number}}: {{reason}}',
    en: 'Cancelled invoice {{number}}: {{reason}}',
  },
  'invoice.paid': {
    vi: 'Hóa đơn {{number}}: đã thu {{received}} đ (phiếu thu {{receipt}})',
    en: 'Invoice {{number}}: {{received}} VND received (receipt {{receipt}})',
  },
  ...recordTexts('receipt', { vi: 'phiếu thu {{number}}', en: 'receipt {{number}}' }),
  'receipt.create': {
    vi: 'Thêm phiếu thu {{number}} ({{customer}}): {{amount}} đ',
    en: 'Added receipt {{number}} ({{customer}}): {{amount}} VND',
  },
  'debt.export': {
    vi: 'Xuất file công nợ: {{count}} khách hàng ({{format}})',
    en: 'Exported debts: {{count}} customers ({{format}})',
  },
} as const;
