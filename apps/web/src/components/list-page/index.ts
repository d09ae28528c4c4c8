export { dateColumn, linkColumn } from './columns';
export {
  ChoiceFilter,
  DateRangeFilter,
  FilterPanelForm,
  FlagFilter,
  type ChoiceFilterProps,
  type DateRangeFilterProps,
  type FilterPanelFormProps,
  type FlagFilterProps,
} from './filters';
export {
  ListPage,
  ListTable,
  type ListPageEmpty,
  type ListPageProps,
  type ListTableProps,
} from './list-page';
export { usePagedQuery } from './use-paged-query';
export { listTableProps, useListState, type ListState, type ListStateOptions } from './use-list-state';
export {
  ListStateSearch,
  ListStateViews,
  type ListStateSearchProps,
  type ListStateViewsProps,
} from './list-state-parts';
