import type { Role } from '@sen/shared';
import type vi from '../i18n/vi.json';

type NavKey = `nav.${keyof typeof vi.nav}`;

export const ADMIN_ONLY: readonly Role[] = ['ADMIN'];
/** Logs: admins and managers (AUD-02). */
export const LOG_READERS: readonly Role[] = ['ADMIN', 'MANAGER'];

export interface NavItem {
  to: string;
  label: NavKey;
  /** Who sees it; everyone when absent. The route enforces the same roles. */
  roles?: readonly Role[];
}

export interface NavGroup {
  /** A group without a label is a single top-level entry. */
  label?: NavKey;
  items: NavItem[];
}

export const NAVIGATION: NavGroup[] = [
  {
    label: 'nav.sales',
    items: [
      { to: '/customers', label: 'nav.customers' },
      { to: '/contacts', label: 'nav.contacts' },
      { to: '/activities', label: 'nav.activities' },
      { to: '/products', label: 'nav.products' },
      { to: '/opportunities', label: 'nav.opportunities' },
      { to: '/quotes', label: 'nav.quotes' },
      { to: '/orders', label: 'nav.orders' },
      { to: '/contracts', label: 'nav.contracts' },
      { to: '/invoices', label: 'nav.invoices' },
      { to: '/receipts', label: 'nav.receipts' },
      { to: '/debts', label: 'nav.debts' },
    ],
  },
  { label: 'nav.marketing', items: [{ to: '/campaigns', label: 'nav.campaigns' }] },
  { label: 'nav.care', items: [{ to: '/care-cards', label: 'nav.careCards' }] },
  { items: [{ to: '/reports', label: 'nav.reports' }] },
  {
    label: 'nav.settings',
    items: [
      { to: '/settings/users', label: 'nav.users', roles: ADMIN_ONLY },
      { to: '/settings/parameters', label: 'nav.parameters', roles: ADMIN_ONLY },
      { to: '/settings/company', label: 'nav.company', roles: ADMIN_ONLY },
      { to: '/settings/numbering', label: 'nav.numbering', roles: ADMIN_ONLY },
      { to: '/settings/categories', label: 'nav.categories', roles: ADMIN_ONLY },
      { to: '/settings/duplicates', label: 'nav.duplicates', roles: ADMIN_ONLY },
      { to: '/settings/logs', label: 'nav.logs', roles: LOG_READERS },
    ],
  },
];

export function canSee(roles: readonly Role[] | undefined, role: Role): boolean {
  return !roles || roles.includes(role);
}

/**
 * Pages reached from several lists, with no menu entry of their own: the menu keeps the entry the
 * user came from highlighted (or the one a `?tab=` names), else the first one listed here.
 */
export const SHARED_PAGES: { path: string; entries: string[] }[] = [
  { path: '/imports', entries: ['/customers', '/contacts', '/contracts'] },
  { path: '/sales/trash', entries: ['/products', '/opportunities', '/quotes'] },
];

export function isUnder(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}
