import type { CareCardFilter } from '../../../gql/graphql';

/**
 * The list's filter lives in the address (`/care-cards?careFrom=…&channel=Zalo`), so a stats bar
 * opens the list filtered and a filtered list can be bookmarked. `channel=` (empty) is "none".
 */
export interface CarePanel {
  unitIds: string[];
  ownerIds: string[];
  channels: string[];
  satisfactions: string[];
  tags: string[];
  careFrom: string | null;
  careTo: string | null;
}

export const EMPTY_PANEL: CarePanel = {
  unitIds: [],
  ownerIds: [],
  channels: [],
  satisfactions: [],
  tags: [],
  careFrom: null,
  careTo: null,
};

const LISTS = [
  ['unitIds', 'unit'],
  ['ownerIds', 'owner'],
  ['channels', 'channel'],
  ['satisfactions', 'satisfaction'],
  ['tags', 'tag'],
] as const;

export function panelFromParams(params: URLSearchParams): CarePanel {
  const panel: CarePanel = { ...EMPTY_PANEL };
  for (const [key, param] of LISTS) {
    panel[key] = params.getAll(param);
  }
  panel.careFrom = params.get('careFrom') || null;
  panel.careTo = params.get('careTo') || null;
  return panel;
}

export function panelToParams(panel: CarePanel, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const [key, param] of LISTS) {
    params.delete(param);
    for (const v of panel[key]) {
      params.append(param, v);
    }
  }
  for (const key of ['careFrom', 'careTo'] as const) {
    params.delete(key);
    if (panel[key]) {
      params.set(key, panel[key]);
    }
  }
  return params;
}

export function panelToFilter(panel: CarePanel, search: string, deleted: boolean): CareCardFilter {
  return {
    search: search || undefined,
    unitIds: panel.unitIds.length ? panel.unitIds : undefined,
    ownerIds: panel.ownerIds.length ? panel.ownerIds : undefined,
    channels: panel.channels.length ? panel.channels : undefined,
    satisfactions: panel.satisfactions.length ? panel.satisfactions : undefined,
    tags: panel.tags.length ? panel.tags : undefined,
    careFrom: panel.careFrom ?? undefined,
    careTo: panel.careTo ?? undefined,
    deleted: deleted || undefined,
  };
}

export const criteriaCount = (p: CarePanel) =>
  LISTS.filter(([key]) => p[key].length > 0).length + (p.careFrom ? 1 : 0) + (p.careTo ? 1 : 0);

/** A complete `YYYY-MM-DD` (or nothing): what a date filter may hold while the user types. */
export const isDate = (v: string | null) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v);
