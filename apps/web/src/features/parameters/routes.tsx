export { ParametersPage } from './components/parameters-page';
