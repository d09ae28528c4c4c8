import { useDebouncedValue } from '@mantine/hooks';
import type { VisibilityState } from '@tanstack/react-table';
import { useState } from 'react';
import { pagedTableProps, useCursorPagination, type PagedQuery, type SortState } from '../data-table';

export interface ListStateOptions<P extends object> {
  /** The filter panel with nothing chosen (also what "Xóa bộ lọc" returns to). */
  emptyPanel: P;
  /** The sort the list opens with. */
  sort?: SortState | null;
  /** Columns hidden when the list opens (`{ description: false }`). */
  visibility?: VisibilityState;
  /** How many criteria the panel sets: each field that differs from the empty panel, unless said. */
  criteria?: (panel: P) => number;
}

/** The panel's criteria that hold a date (or nothing). */
type DateKey<P> = { [K in keyof P]: P[K] extends string | null ? K : never }[keyof P];

/** A panel value that filters nothing: empty text, an empty list, null, "all". */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The state every server-paged list keeps alike: the search box (debounced), the filter panel and
 * whether it is open, the sort, the shown columns and the cursor pages. Any change of search,
 * filter or sort starts again from the first page.
 */
export function useListState<P extends object>({
  emptyPanel,
  sort: initialSort,
  visibility: initialVisibility,
  criteria: criteriaOf,
}: ListStateOptions<P>) {
  const paging = useCursorPagination();
  const [text, setTextState] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [panel, setPanelState] = useState<P>(emptyPanel);
  const [panelOpen, setPanelOpen] = useState(false);
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const [visibility, setVisibility] = useState<VisibilityState>(initialVisibility ?? {});

  const setText = (next: string) => {
    setTextState(next);
    paging.reset();
  };
  const setPanel = (next: P) => {
    setPanelState(next);
    paging.reset();
  };
  /** Changes some of the panel's criteria. */
  const patch = (change: Partial<P>) => {
    setPanelState((current) => ({ ...current, ...change }));
    paging.reset();
  };
  /** One criterion as its filter's `value` and `onChange`: `<ChoiceFilter … {...list.bind('statuses')} />`. */
  const bind = <K extends keyof P>(key: K) => ({
    value: panel[key],
    onChange: (value: P[K]) => patch({ [key]: value } as unknown as Partial<P>),
  });
  /** Two date criteria as a `DateRangeFilter`'s `from`, `to` and `onChange`. */
  const bindRange = (fromKey: DateKey<P>, toKey: DateKey<P>) => ({
    from: panel[fromKey] as string | null,
    to: panel[toKey] as string | null,
    onChange: ({ from, to }: { from: string | null; to: string | null }) =>
      patch({ [fromKey]: from, [toKey]: to } as unknown as Partial<P>),
  });
  /** Criteria set in the panel, shown on its button. */
  const criteria = criteriaOf
    ? criteriaOf(panel)
    : (Object.keys(emptyPanel) as (keyof P)[]).filter((k) => !same(panel[k], emptyPanel[k])).length;
  const clear = () => {
    setTextState('');
    setPanelState(emptyPanel);
    setPanelOpen(false);
    paging.reset();
  };
  /**
   * The query's `filter` when the panel's criteria are named as the API names them: the search,
   * and each criterion that filters something (an empty list, null or an unticked box does not).
   */
  const filter = {
    search: search || undefined,
    ...Object.fromEntries(
      Object.entries(panel).map(([k, v]) => [
        k,
        v === null || v === false || (Array.isArray(v) && !v.length) ? undefined : v,
      ]),
    ),
  } as { search?: string } & { [K in keyof P]?: Exclude<P[K], null | false> };
  /** The query's `orderBy` from the sorted column: `fields` maps column ids to the API's sort fields. */
  const orderBy = <F extends string>(fields: Readonly<Record<string, F>>) =>
    sort && fields[sort.field] ? [{ field: fields[sort.field], direction: sort.direction }] : undefined;

  return {
    paging,
    text,
    setText,
    /** The trimmed search, 300 ms after the last key. */
    search,
    panel,
    setPanel,
    patch,
    bind,
    bindRange,
    emptyPanel,
    panelOpen,
    setPanelOpen,
    criteria,
    /** Whether a panel restored from a view opens: the page's own criteria count, where it gives one. */
    opensPanel: criteriaOf ? (next: P) => criteriaOf(next) > 0 : undefined,
    /** A search or a filter is applied. */
    filtered: Boolean(search) || criteria > 0,
    filter,
    clear,
    sort,
    setSort,
    orderBy,
    visibility,
    setVisibility,
  };
}

export type ListState<P extends object> = ReturnType<typeof useListState<P>>;

/** What a list kept by `useListState` hands its DataTable: the page of rows, the pager, the sort and the shown columns. */
export function listTableProps<T, P extends object>(list: ListState<P>, query: PagedQuery<T>) {
  return {
    ...pagedTableProps(query, list.paging, { value: list.sort, set: list.setSort }),
    columnVisibility: list.visibility,
    onColumnVisibilityChange: list.setVisibility,
  };
}
