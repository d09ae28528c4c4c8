/** Audit descriptions of the sales half (SALES-DESIGN.md "Audit"), spread into audit-text's TEXT. */
export const SALES_AUDIT_TEXT = {
  'product.create': { vi: 'Thêm hàng hóa {{code}} {{name}}', en: 'Added product {{code}} {{name}}' },
  'product.update': { vi: 'Cập nhật hàng hóa {{code}} {{name}}', en: 'Updated product {{code}} {{name}}' },
  'product.delete': {
    vi: 'Xóa hàng hóa {{code}} {{name}} (vào thùng rác)',
    en: 'Deleted product {{code}} {{name}} (to the trash)',
  },
  'product.restore': { vi: 'Khôi phục hàng hóa {{code}} {{name}}', en: 'Restored product {{code}} {{name}}' },
  'product.purge': { vi: 'Xóa vĩnh viễn hàng hóa {{code}} {{name}}', en: 'Purged product {{code}} {{name}}' },
  'product.import': {
    vi: 'Nhập khẩu hàng hóa: {{count}} bản ghi từ {{file}}',
    en: 'Imported products: {{count}} records from {{file}}',
  },
  'opportunity.create': { vi: 'Thêm cơ hội {{code}} {{name}}', en: 'Added opportunity {{code}} {{name}}' },
  'opportunity.update': {
    vi: 'Cập nhật cơ hội {{code}} {{name}}',
    en: 'Updated opportunity {{code}} {{name}}',
  },
  'opportunity.move': {
    vi: 'Chuyển cơ hội {{code}} {{name}}: {{from}} → {{to}}',
    en: 'Moved opportunity {{code}} {{name}}: {{from}} → {{to}}',
  },
  'opportunity.delete': {
    vi: 'Xóa cơ hội {{code}} {{name}} (vào thùng rác)',
    en: 'Deleted opportunity {{code}} {{name}} (to the trash)',
  },
  'opportunity.restore': {
    vi: 'Khôi phục cơ hội {{code}} {{name}}',
    en: 'Restored opportunity {{code}} {{name}}',
  },
  'opportunity.purge': {
    vi: 'Xóa vĩnh viễn cơ hội {{code}} {{name}}',
    en: 'Purged opportunity {{code}} {{name}}',
  },
  'quote.create': {
    vi: 'Thêm báo giá {{number}} ({{customer}})',
    en: 'Added quote {{number}} ({{customer}})',
  },
  'quote.update': { vi: 'Cập nhật báo giá {{number}}', en: 'Updated quote {{number}}' },
  'quote.status': {
    vi: 'Báo giá {{number}}: {{from}} → {{to}}',
    en: 'Quote {{number}}: {{from}} → {{to}}',
  },
  'quote.convert': {
    vi: 'Chuyển báo giá {{number}} thành {{target}} {{targetNumber}}',
    en: 'Converted quote {{number}} to {{target}} {{targetNumber}}',
  },
  'quote.delete': {
    vi: 'Xóa báo giá {{number}} (vào thùng rác)',
    en: 'Deleted quote {{number}} (to the trash)',
  },
  'quote.restore': { vi: 'Khôi phục báo giá {{number}}', en: 'Restored quote {{number}}' },
  'quote.purge': { vi: 'Xóa vĩnh viễn báo giá {{number}}', en: 'Purged quote {{number}}' },
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
  'contract.create': {
    vi: 'Thêm hợp đồng {{number}} ({{customer}})',
    en: 'Added contract {{number}} ({{customer}})',
  },
  'contract.update': { vi: 'Cập nhật hợp đồng {{number}}', en: 'Updated contract {{number}}' },
  'contract.status': {
    vi: 'Hợp đồng {{number}}: {{from}} → {{to}}',
    en: 'Contract {{number}}: {{from}} → {{to}}',
  },
  'contract.delete': {
    vi: 'Xóa hợp đồng {{number}} (vào thùng rác)',
    en: 'Deleted contract {{number}} (to the trash)',
  },
  'contract.restore': { vi: 'Khôi phục hợp đồng {{number}}', en: 'Restored contract {{number}}' },
  'contract.purge': { vi: 'Xóa vĩnh viễn hợp đồng {{number}}', en: 'Purged contract {{number}}' },
  'contract.paid': {
    vi: 'Hợp đồng {{number}}: đợt {{position}} nhận {{amount}} đ (phiếu thu {{receipt}})',
    en: 'Contract {{number}}: instalment {{position}} received {{amount}} VND (receipt {{receipt}})',
  },
  'order.create': {
    vi: 'Thêm đơn hàng {{number}} ({{customer}})',
    en: 'Added order {{number}} ({{customer}})',
  },
  'order.update': { vi: 'Cập nhật đơn hàng {{number}}', en: 'Updated order {{number}}' },
  'order.status': {
    vi: 'Đơn hàng {{number}}: {{from}} → {{to}}',
    en: 'Order {{number}}: {{from}} → {{to}}',
  },
  'order.delete': {
    vi: 'Xóa đơn hàng {{number}} (vào thùng rác)',
    en: 'Deleted order {{number}} (to the trash)',
  },
  'order.restore': { vi: 'Khôi phục đơn hàng {{number}}', en: 'Restored order {{number}}' },
  'order.purge': { vi: 'Xóa vĩnh viễn đơn hàng {{number}}', en: 'Purged order {{number}}' },
  'order.paid': {
    vi: 'Đơn hàng {{number}}: đã thu {{received}} đ (phiếu thu {{receipt}})',
    en: 'Order {{number}}: {{received}} VND received (receipt {{receipt}})',
  },
  'order.paidThroughInvoice': {
    vi: 'Đơn hàng {{number}}: thanh toán theo hóa đơn của đơn (phiếu thu {{receipt}})',
    en: 'Order {{number}}: paid through its invoice (receipt {{receipt}})',
  },
  'invoice.create': {
    vi: 'Thêm hóa đơn {{number}} ({{customer}})',
    en: 'Added invoice {{number}} ({{customer}})',
  },
  'invoice.update': { vi: 'Cập nhật hóa đơn {{number}}', en: 'Updated invoice {{number}}' },
  'invoice.issue': { vi: 'Phát hành hóa đơn {{number}}', en: 'Issued invoice {{number}}' },
  'invoice.cancel': {
    vi: 'Hủy hóa đơn {{number}}: {{reason}}',
    en: 'Cancelled invoice {{number}}: {{reason}}',
  },
  'invoice.paid': {
    vi: 'Hóa đơn {{number}}: đã thu {{received}} đ (phiếu thu {{receipt}})',
    en: 'Invoice {{number}}: {{received}} VND received (receipt {{receipt}})',
  },
  'invoice.delete': {
    vi: 'Xóa hóa đơn {{number}} (vào thùng rác)',
    en: 'Deleted invoice {{number}} (to the trash)',
  },
  'invoice.restore': { vi: 'Khôi phục hóa đơn {{number}}', en: 'Restored invoice {{number}}' },
  'invoice.purge': { vi: 'Xóa vĩnh viễn hóa đơn {{number}}', en: 'Purged invoice {{number}}' },
  'receipt.create': {
    vi: 'Thêm phiếu thu {{number}} ({{customer}}): {{amount}} đ',
    en: 'Added receipt {{number}} ({{customer}}): {{amount}} VND',
  },
  'receipt.update': { vi: 'Cập nhật phiếu thu {{number}}', en: 'Updated receipt {{number}}' },
  'receipt.delete': {
    vi: 'Xóa phiếu thu {{number}} (vào thùng rác)',
    en: 'Deleted receipt {{number}} (to the trash)',
  },
  'receipt.restore': { vi: 'Khôi phục phiếu thu {{number}}', en: 'Restored receipt {{number}}' },
  'receipt.purge': { vi: 'Xóa vĩnh viễn phiếu thu {{number}}', en: 'Purged receipt {{number}}' },
  'debt.export': {
    vi: 'Xuất file công nợ: {{count}} khách hàng ({{format}})',
    en: 'Exported debts: {{count}} customers ({{format}})',
  },
} as const;
