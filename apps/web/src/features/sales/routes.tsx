import { Route, Routes } from 'react-router';
import { NumberingPage } from './components/numbering-page';
import { OpportunitiesPage } from './components/opportunities-page';
import { OpportunityCreatePage, OpportunityEditPage } from './components/opportunity-form-page';
import { ProductCreatePage, ProductEditPage } from './components/product-form-page';
import { ProductsListPage } from './components/products-list-page';
import { QuoteDetailPage } from './components/quote-detail-page';
import { QuoteCreatePage, QuoteEditPage } from './components/quote-form-page';
import { QuotesListPage } from './components/quotes-list-page';
import { SalesTrashPage } from './components/sales-trash-page';

export { NumberingPage, SalesTrashPage };

/** Under `/products`. */
export function ProductsRoutes() {
  return (
    <Routes>
      <Route index element={<ProductsListPage />} />
      <Route path="new" element={<ProductCreatePage />} />
      <Route path=":id" element={<ProductEditPage />} />
    </Routes>
  );
}

/** Under `/opportunities`. */
export function OpportunitiesRoutes() {
  return (
    <Routes>
      <Route index element={<OpportunitiesPage />} />
      <Route path="new" element={<OpportunityCreatePage />} />
      <Route path=":id" element={<OpportunityEditPage />} />
    </Routes>
  );
}

/** Under `/quotes`. */
export function QuotesRoutes() {
  return (
    <Routes>
      <Route index element={<QuotesListPage />} />
      <Route path="new" element={<QuoteCreatePage />} />
      <Route path=":id" element={<QuoteDetailPage />} />
      <Route path=":id/edit" element={<QuoteEditPage />} />
    </Routes>
  );
}
