/** The tables a refused receipt call must leave as they were (the receipt tests snapshot them). */
export const MONEY_TABLES = [
  'receipt',
  'receipt_allocation',
  'invoice',
  'invoice_line',
  'sales_order',
  'contract_instalment',
  'audit_log',
];
