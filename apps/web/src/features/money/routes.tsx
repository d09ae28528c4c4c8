import { Route, Routes } from 'react-router';
import { ContractCreatePage, ContractDetailPage, ContractsListPage } from './contracts';
import { DebtsPage } from './debts';
import { InvoiceDetailPage, InvoicesListPage } from './invoices';

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
