export const ROLES = ['ADMIN', 'MANAGER', 'STAFF'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['VI', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'RESTORE',
  'IMPORT',
  'EXPORT',
  'SHARE',
  'TRANSFER',
  'STATUS_CHANGE',
  'LOGIN',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Modules named in audit entries; later modules add theirs. */
export const AUDIT_MODULES = [
  'auth',
  'user',
  'department',
  'apiToken',
  'customer',
  'contact',
  'activity',
  'campaign',
  'settings',
  'import',
  'mail',
  // The sales half names its modules by their plural route names (SALES-DESIGN.md).
  'products',
  'opportunities',
  'quotes',
  'contracts',
  'orders',
  'invoices',
  'receipts',
  'care-cards',
  'kpi-targets',
  'saved-views',
  'audit-logs',
] as const;
export type AuditModule = (typeof AUDIT_MODULES)[number];

/** The numbered documents (API.md `DocumentKind`): each draws its numbers from its own counter. */
export const DOCUMENT_KINDS = [
  'OPPORTUNITY',
  'QUOTE',
  'CONTRACT',
  'ORDER',
  'INVOICE',
  'RECEIPT',
  'CARE_CARD',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 200;

export * from './field-rules';
export * from './reminders';
