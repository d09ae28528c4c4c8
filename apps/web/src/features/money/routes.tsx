import { Route, Routes } from 'react-router';
import { ContractCreatePage, ContractDetailPage } from './contracts';
import { ContractsListPage } from './contracts-list';
import { DebtsPage } from './debts-list';
import { InvoiceDetailPage } from './invoices';
import { InvoicesListPage } from './invoices-list';
import { OrderCreatePage, OrderDetailPage, OrderEditPage } from './orders';
import { OrdersListPage } from './orders-list';
import { ReceiptCreatePage, ReceiptDetailPage, ReceiptEditPage } from './receipt-pages';
import { ReceiptsListPage } from './receipts';

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

/** Under `/receipts`. */
export function ReceiptsRoutes() {
  return (
    <Routes>
      <Route index element={<ReceiptsListPage />} />
      <Route path="new" element={<ReceiptCreatePage />} />
      <Route path=":id" element={<ReceiptDetailPage />} />
      <Route path=":id/edit" element={<ReceiptEditPage />} />
    </Routes>
  );
}

export { DebtsPage };
