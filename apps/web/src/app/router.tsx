import type { Role } from '@sen/shared';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoader, RouteErrorBoundary } from '../components/page';
import { loadAllTexts } from '../i18n';
import { ADMIN_ONLY, LOG_READERS } from './navigation';

/** A chunk with the whole text catalogue: the login page has only its own sections of it. */
function withAllTexts<M>(chunk: Promise<M>): Promise<M> {
  return Promise.all([chunk, loadAllTexts()]).then(([module]) => module);
}

// The signed-in shell (session, layout, menu) is a chunk of its own: the login page goes without it.
// Every screen but the login page renders inside it or inside `AppServices`, after the texts came.
const signedIn = () => withAllTexts(import('./signed-in'));
const SignedInShell = lazy(() => signedIn().then((m) => ({ default: m.SignedInShell })));
const HomeRedirect = lazy(() => signedIn().then((m) => ({ default: m.HomeRedirect })));
const RequireRole = lazy(() => signedIn().then((m) => ({ default: m.RequireRole })));
const NotFound = lazy(() => signedIn().then((m) => ({ default: m.NotFound })));
const AppServices = lazy(() =>
  withAllTexts(import('./app-services')).then((m) => ({ default: m.AppServices })),
);

// Each feature is its own chunk, fetched when its screen is first opened.
const LoginRoute = lazy(() => import('../features/auth/routes').then((m) => ({ default: m.LoginRoute })));
const UsersRoutes = lazy(() => import('../features/users/routes').then((m) => ({ default: m.UsersRoutes })));
const AuditRoutes = lazy(() => import('../features/audit/routes').then((m) => ({ default: m.AuditRoutes })));
const AccountRoutes = lazy(() =>
  import('../features/account/routes').then((m) => ({ default: m.AccountRoutes })),
);
const CustomersRoutes = lazy(() =>
  import('../features/customers/routes').then((m) => ({ default: m.CustomersRoutes })),
);
const ContactsRoutes = lazy(() =>
  import('../features/contacts/routes').then((m) => ({ default: m.ContactsRoutes })),
);
const CampaignsRoutes = lazy(() =>
  import('../features/campaigns/routes').then((m) => ({ default: m.CampaignsRoutes })),
);
const PublicRegistrationPage = lazy(() =>
  import('../features/campaigns/routes').then((m) => ({ default: m.PublicRegistrationPage })),
);
const ActivitiesRoutes = lazy(() =>
  import('../features/activities/routes').then((m) => ({ default: m.ActivitiesRoutes })),
);
const CompanyProfilePage = lazy(() =>
  import('../features/company/routes').then((m) => ({ default: m.CompanyProfilePage })),
);
const salesRoute = (
  name: 'ProductsRoutes' | 'OpportunitiesRoutes' | 'QuotesRoutes' | 'NumberingPage' | 'SalesTrashPage',
) => lazy(() => import('../features/sales/routes').then((m) => ({ default: m[name] })));
const ProductsRoutes = salesRoute('ProductsRoutes');
const OpportunitiesRoutes = salesRoute('OpportunitiesRoutes');
const QuotesRoutes = salesRoute('QuotesRoutes');
const NumberingPage = salesRoute('NumberingPage');
const SalesTrashPage = salesRoute('SalesTrashPage');
const CareCardsRoutes = lazy(() =>
  import('../features/care/routes').then((m) => ({ default: m.CareCardsRoutes })),
);
const moneyRoute = (
  name: 'ContractsRoutes' | 'OrdersRoutes' | 'InvoicesRoutes' | 'ReceiptsRoutes' | 'DebtsPage',
) => lazy(() => import('../features/money/routes').then((m) => ({ default: m[name] })));
const ContractsRoutes = moneyRoute('ContractsRoutes');
const OrdersRoutes = moneyRoute('OrdersRoutes');
const InvoicesRoutes = moneyRoute('InvoicesRoutes');
const ReceiptsRoutes = moneyRoute('ReceiptsRoutes');
const DebtsPage = moneyRoute('DebtsPage');
const ParametersPage = lazy(() =>
  import('../features/parameters/routes').then((m) => ({ default: m.ParametersPage })),
);
const importsRoute = (
  name:
    | 'CustomersImportPage'
    | 'ContactsImportPage'
    | 'ContractsImportPage'
    | 'CareCardsImportPage'
    | 'ImportHistoryPage'
    | 'ImportJobPage',
) => lazy(() => import('../features/imports/routes').then((m) => ({ default: m[name] })));
const CustomersImportPage = importsRoute('CustomersImportPage');
const ContactsImportPage = importsRoute('ContactsImportPage');
const ContractsImportPage = importsRoute('ContractsImportPage');
const CareCardsImportPage = importsRoute('CareCardsImportPage');
const ImportHistoryPage = importsRoute('ImportHistoryPage');
const ImportJobPage = importsRoute('ImportJobPage');
const ReportsRoutes = lazy(() =>
  import('../features/reports/routes').then((m) => ({ default: m.ReportsRoutes })),
);
const TrashPage = lazy(() => import('./trash-page').then((m) => ({ default: m.TrashPage })));
const CategoriesPage = lazy(() =>
  import('../features/customer-settings/routes').then((m) => ({ default: m.CategoriesPage })),
);
const DuplicatesPage = lazy(() =>
  import('../features/customer-settings/routes').then((m) => ({ default: m.DuplicatesPage })),
);

/** A route section: its own error boundary, lazy loading, and the roles that may open it. */
function section(path: string, element: ReactNode, roles?: readonly Role[]): RouteObject {
  const guarded = roles ? <RequireRole roles={roles}>{element}</RequireRole> : element;
  return {
    path,
    element: <Suspense fallback={<PageLoader />}>{guarded}</Suspense>,
    ErrorBoundary: RouteErrorBoundary,
  };
}

export const router = createBrowserRouter([
  section('/login', <LoginRoute />),
  // CMP-10 (a): public, outside the session gate.
  section(
    '/register/:campaignCode',
    <AppServices>
      <PublicRegistrationPage />
    </AppServices>,
  ),
  {
    path: '/',
    element: (
      <Suspense fallback={<PageLoader />}>
        <SignedInShell />
      </Suspense>
    ),
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        index: true,
        element: (
          <Suspense fallback={<PageLoader />}>
            <HomeRedirect />
          </Suspense>
        ),
      },
      section('customers/trash', <TrashPage />),
      section('customers/import', <CustomersImportPage />),
      section('contacts/import', <ContactsImportPage />),
      section('contracts/import', <ContractsImportPage />),
      section('care-cards/import', <CareCardsImportPage />),
      section('imports/history', <ImportHistoryPage />),
      section('imports/:id', <ImportJobPage />),
      section('customers/*', <CustomersRoutes />),
      section('contacts/*', <ContactsRoutes />),
      section('activities/*', <ActivitiesRoutes />),
      section('campaigns/*', <CampaignsRoutes />),
      section('products/*', <ProductsRoutes />),
      section('opportunities/*', <OpportunitiesRoutes />),
      section('quotes/*', <QuotesRoutes />),
      section('orders/*', <OrdersRoutes />),
      section('contracts/*', <ContractsRoutes />),
      section('invoices/*', <InvoicesRoutes />),
      section('receipts/*', <ReceiptsRoutes />),
      section('debts', <DebtsPage />),
      section('sales/trash', <SalesTrashPage />),
      section('care-cards/*', <CareCardsRoutes />),
      section('reports/*', <ReportsRoutes />),
      section('settings/users/*', <UsersRoutes />, ADMIN_ONLY),
      section('settings/parameters', <ParametersPage />, ADMIN_ONLY),
      section('settings/company', <CompanyProfilePage />, ADMIN_ONLY),
      section('settings/numbering', <NumberingPage />, ADMIN_ONLY),
      section('settings/duplicates', <DuplicatesPage />, ADMIN_ONLY),
      section('settings/categories', <CategoriesPage />, ADMIN_ONLY),
      section('settings/logs', <AuditRoutes />, LOG_READERS),
      section('account/*', <AccountRoutes />),
      section('*', <NotFound />),
    ],
  },
]);
