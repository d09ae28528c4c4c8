import type { CustomerFilter, CustomerKind, CustomerLevel } from '../../../gql/graphql';

/** The filter panel (CUS-09): every field, owner, group, label, category and created-date range. */
export interface CustomerPanelFilter {
  code: string;
  name: string;
  email: string;
  phone: string;
  taxCode: string;
  officeAddress: string;
  businessAddress: string;
  kind: CustomerKind | null;
  ownerIds: string[];
  groupIds: string[];
  labels: string[];
  industryIds: string[];
  scaleIds: string[];
  sourceIds: string[];
  createdFrom: string | null;
  createdTo: string | null;
}

export const EMPTY_PANEL: CustomerPanelFilter = {
  code: '',
  name: '',
  email: '',
  phone: '',
  taxCode: '',
  officeAddress: '',
  businessAddress: '',
  kind: null,
  ownerIds: [],
  groupIds: [],
  labels: [],
  industryIds: [],
  scaleIds: [],
  sourceIds: [],
  createdFrom: null,
  createdTo: null,
};

const TEXT_KEYS = ['code', 'name', 'email', 'phone', 'taxCode', 'officeAddress', 'businessAddress'] as const;
const LIST_KEYS = ['ownerIds', 'groupIds', 'labels', 'industryIds', 'scaleIds', 'sourceIds'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How many criteria of the panel are set. */
export function activeCriteria(panel: CustomerPanelFilter): number {
  return (
    TEXT_KEYS.filter((k) => panel[k].trim() !== '').length +
    LIST_KEYS.filter((k) => panel[k].length > 0).length +
    (panel.kind ? 1 : 0) +
    (panel.createdFrom ? 1 : 0) +
    (panel.createdTo ? 1 : 0)
  );
}

/** The API filter; empty criteria are left out, so the server sees only what the user set. */
export function toCustomerFilter(panel: CustomerPanelFilter, search: string, level: CustomerLevel | null) {
  const filter: CustomerFilter = {};
  if (search.trim()) {
    filter.search = search.trim();
  }
  if (level) {
    filter.levels = [level];
  }
  for (const key of TEXT_KEYS) {
    const value = panel[key].trim();
    if (value) {
      filter[key] = value;
    }
  }
  for (const key of LIST_KEYS) {
    if (panel[key].length > 0) {
      filter[key] = panel[key];
    }
  }
  if (panel.kind) {
    filter.kind = panel.kind;
  }
  if (panel.createdFrom && ISO_DATE.test(panel.createdFrom)) {
    filter.createdFrom = panel.createdFrom;
  }
  if (panel.createdTo && ISO_DATE.test(panel.createdTo)) {
    filter.createdTo = panel.createdTo;
  }
  return filter;
}

/** The panel as kept in the address bar (`?f=`), so going back to the list finds it as it was. */
export function parsePanel(raw: string | null): CustomerPanelFilter {
  if (!raw) {
    return EMPTY_PANEL;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<CustomerPanelFilter>;
    const panel: CustomerPanelFilter = { ...EMPTY_PANEL };
    for (const key of TEXT_KEYS) {
      panel[key] = typeof parsed[key] === 'string' ? parsed[key] : '';
    }
    for (const key of LIST_KEYS) {
      const value = parsed[key];
      panel[key] = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    }
    panel.kind = parsed.kind === 'B2B' || parsed.kind === 'B2C' ? parsed.kind : null;
    panel.createdFrom = typeof parsed.createdFrom === 'string' ? parsed.createdFrom : null;
    panel.createdTo = typeof parsed.createdTo === 'string' ? parsed.createdTo : null;
    return panel;
  } catch {
    return EMPTY_PANEL;
  }
}

export function serializePanel(panel: CustomerPanelFilter): string | null {
  if (activeCriteria(panel) === 0) {
    return null;
  }
  const compact = Object.fromEntries(
    Object.entries(panel).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
  return JSON.stringify(compact);
}
