export { CategoriesPage } from './components/categories-page';
export { DuplicatesPage } from './components/duplicates-page';
