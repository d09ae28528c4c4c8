import { useTranslation } from 'react-i18next';
import { ListSearch } from '../list-search';
import { pageFilterState, SavedViewsMenu, type SavedViewsMenuProps } from '../saved-views';
import type { ListState } from './use-list-state';

export interface ListStateSearchProps<P extends object> {
  list: ListState<P>;
  placeholder: string;
  /** The filter button's label: "Bộ lọc" unless said otherwise. */
  filtersLabel?: string;
  width?: number;
}

/** The search box and the filter-panel button of a list kept by `useListState`. */
export function ListStateSearch<P extends object>({
  list,
  placeholder,
  filtersLabel,
  width,
}: ListStateSearchProps<P>) {
  const { t } = useTranslation();
  return (
    <ListSearch
      placeholder={placeholder}
      value={list.text}
      onChange={list.setText}
      filtersLabel={filtersLabel ?? t('table.filters')}
      panelOpen={list.panelOpen}
      onTogglePanel={() => list.setPanelOpen(!list.panelOpen)}
      criteria={list.criteria}
      width={width}
    />
  );
}

export interface ListStateViewsProps<P extends object> {
  module: string;
  list: ListState<P>;
  columnIds: string[];
  /** The page's own state kept in a view beside the search and the panel (a tab). */
  extra?: NonNullable<SavedViewsMenuProps['filterState']>;
}

/** "Dạng xem" of a list kept by `useListState`: its columns, sort, search and filter panel. */
export function ListStateViews<P extends object>({
  module,
  list,
  columnIds,

  extra,
}: ListStateViewsProps<P>) {
  const filterState = pageFilterState({
    text: list.text,
    setText: list.setText,
    panel: list.panel,
    setPanel: list.setPanel,
    empty: list.emptyPanel,
    setPanelOpen: list.setPanelOpen,
    reset: list.paging.reset,
    opensPanel: list.opensPanel,
  });
  return (
    <SavedViewsMenu
      module={module}
      columnIds={columnIds}
      visibility={list.visibility}
      setVisibility={list.setVisibility}
      sort={list.sort}
      setSort={list.setSort}
      filterState={
        extra
          ? {
              value: { ...extra.value, ...filterState.value },
              set: (saved) => {
                extra.set(saved);
                filterState.set(saved);
              },
            }
          : filterState
      }
    />
  );
}
