import { Route, Routes } from 'react-router';
import { CareCardCreatePage, CareCardEditPage, CareCardGeneratePage } from './components/care-card-form-page';
import { CareCardsPage } from './components/care-cards-page';
import { CareStatsPage } from './components/care-stats-page';

/** Under `/care-cards`. */
export function CareCardsRoutes() {
  return (
    <Routes>
      <Route index element={<CareCardsPage />} />
      <Route path="new" element={<CareCardCreatePage />} />
      <Route path="stats" element={<CareStatsPage />} />
      <Route path="generate" element={<CareCardGeneratePage />} />
      <Route path=":id" element={<CareCardEditPage />} />
    </Routes>
  );
}
