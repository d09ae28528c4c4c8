export { ReportsPage as ReportsRoutes } from './components/reports-page';
