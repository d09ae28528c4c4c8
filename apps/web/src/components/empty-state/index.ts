export { EmptyState, type EmptyStateProps } from './empty-state';
export { useListEmpty, type ListEmptyOptions } from './use-list-empty';
