import { CUSTOMER_FIELDS, entries } from '@sen/shared';
import type { CustomerFilter, CustomerLevel } from '../../../gql/graphql';

/**
 * The filter panel (CUS-09): the declared filters of `CUSTOMER_FIELDS`, by their API names — text
 * (`''` when unset), one value (`null`), several values (`[]`) or a day (`null`).
 */
export type CustomerPanelFilter = Readonly<Record<string, string | string[] | null>>;

type Criterion = { key: string; kind: 'text' | 'one' | 'many' | 'day'; options?: string[] };

const CRITERIA: Criterion[] = entries(CUSTOMER_FIELDS).flatMap(([key, f]): Criterion[] => {
  switch (f.filter?.mode) {
    case 'text':
      return [{ key, kind: 'text' }];
    case 'equals':
      return [{ key, kind: 'one', options: Object.keys(f.options ?? {}) }];
    case 'in':
      return [{ key: f.filter.key, kind: 'many' }];
    case 'dateRange':
      return [
        { key: f.filter.from, kind: 'day' },
        { key: f.filter.to, kind: 'day' },
      ];
    case undefined:
      return [];
  }
});

const empty = (c: Criterion) => (c.kind === 'text' ? '' : c.kind === 'many' ? [] : null);

export const EMPTY_PANEL: CustomerPanelFilter = Object.fromEntries(CRITERIA.map((c) => [c.key, empty(c)]));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A criterion's value as the API takes it, or undefined when it sets nothing. */
function valueOf(c: Criterion, value: unknown): string | string[] | undefined {
  if (Array.isArray(value)) {
    return value.length > 0 ? value.filter((v): v is string => typeof v === 'string') : undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  if (c.kind === 'day') {
    return ISO_DATE.test(value) ? value : undefined;
  }
  if (c.kind === 'one') {
    return c.options?.includes(value) ? value : undefined;
  }
  return c.kind === 'text' ? value.trim() : value;
}

/** How many criteria of the panel are set. */
export function activeCriteria(panel: CustomerPanelFilter): number {
  return CRITERIA.filter((c) => valueOf(c, panel[c.key]) !== undefined).length;
}

/** The API filter; empty criteria are left out, so the server sees only what the user set. */
export function toCustomerFilter(panel: CustomerPanelFilter, search: string, level: CustomerLevel | null) {
  const filter: Record<string, unknown> = {};
  if (search.trim()) {
    filter.search = search.trim();
  }
  if (level) {
    filter.levels = [level];
  }
  for (const c of CRITERIA) {
    const value = valueOf(c, panel[c.key]);
    if (value !== undefined) {
      filter[c.key] = value;
    }
  }
  return filter as CustomerFilter;
}

/** The panel as kept in the address bar (`?f=`), so going back to the list finds it as it was. */
export function parsePanel(raw: string | null): CustomerPanelFilter {
  if (!raw) {
    return EMPTY_PANEL;
  }
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    return Object.fromEntries(
      CRITERIA.map((c) => {
        const value = parsed[c.key];
        if (c.kind === 'many') {
          return [c.key, Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []];
        }
        return [c.key, typeof value === 'string' ? value : empty(c)];
      }),
    );
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
