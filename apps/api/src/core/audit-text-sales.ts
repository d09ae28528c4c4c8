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
} as const;
