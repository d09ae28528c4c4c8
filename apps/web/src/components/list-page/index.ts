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
export { ListPage, type ListPageEmpty, type ListPageProps } from './list-page';
export { usePagedQuery } from './use-paged-query';
export { useListState, type ListState, type ListStateOptions } from './use-list-state';
