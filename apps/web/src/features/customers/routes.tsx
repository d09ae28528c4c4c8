import { Route, Routes } from 'react-router';
import { CustomerCreatePage } from './components/customer-create-page';
import { CustomerDetailPage } from './components/customer-detail-page';
import { CustomerEditPage } from './components/customer-edit-page';
import { CustomerLookupPage } from './components/customer-lookup-page';
import { CustomersListPage } from './components/customers-list-page';
import { OwnershipHistoryPage } from './components/ownership-history-page';

export { CustomersTrash } from './components/customers-trash';

/** Under `/customers` (everyone; the API limits what each role sees). */
export function CustomersRoutes() {
  return (
    <Routes>
      <Route index element={<CustomersListPage />} />
      <Route path="new" element={<CustomerCreatePage />} />
      <Route path="lookup" element={<CustomerLookupPage />} />
      <Route path="ownership-history" element={<OwnershipHistoryPage />} />
      <Route path=":id" element={<CustomerDetailPage />} />
      <Route path=":id/edit" element={<CustomerEditPage />} />
    </Routes>
  );
}
