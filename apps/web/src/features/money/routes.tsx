import { Route, Routes } from 'react-router';
import { ContractCreatePage, ContractDetailPage, ContractsListPage } from './contracts';
import { DebtsPage } from './debts';
import { InvoiceDetailPage, InvoicesListPage } from './invoices';
import { OrderCreatePage, OrderDetailPage, OrderEditPage, OrdersListPage } from './orders';

export { CustomerDebtTab } from './debts';

/** Under `/contracts`. */
export function ContractsRoutes() {
  return (
    <Routes>
      <Route index element={<ContractsListPage />} />
      <Route path="new" element={<ContractCreatePage />} />
      <Route path=":id" element={<ContractDetailPage />} />
    </Routes>
  );
}

/** Under `/orders`. */
export function OrdersRoutes() {
  return (
    <Routes>
      <Route index element={<OrdersListPage />} />
      <Route path="new" element={<OrderCreatePage />} />
      <Route path=":id" element={<OrderDetailPage />} />
      <Route path=":id/edit" element={<OrderEditPage />} />
    </Routes>
  );
}

/** Under `/invoices`. */
export function InvoicesRoutes() {
  return (
    <Routes>
      <Route index element={<InvoicesListPage />} />
      <Route path=":id" element={<InvoiceDetailPage />} />
    </Routes>
  );
}

export { DebtsPage };
