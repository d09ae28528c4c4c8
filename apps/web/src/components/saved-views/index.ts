export {
  pageFilterState,
  SavedViewsMenu,
  type SavedViewsMenuProps,
  type ListViewState,
} from './saved-views-menu';
