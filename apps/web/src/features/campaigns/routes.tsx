import { Route, Routes } from 'react-router';
import { CampaignCreatePage } from './components/campaign-create-page';
import { CampaignDetailPage } from './components/campaign-detail-page';
import { CampaignEditPage } from './components/campaign-edit-page';
import { CampaignsListPage } from './components/campaigns-list-page';
import { CampaignsTrashPage } from './components/campaigns-trash-page';

export { PublicRegistrationPage } from './components/public-registration-page';

/** Under `/campaigns` (Marketing → Chiến dịch). */
export function CampaignsRoutes() {
  return (
    <Routes>
      <Route index element={<CampaignsListPage />} />
      <Route path="new" element={<CampaignCreatePage />} />
      <Route path="trash" element={<CampaignsTrashPage />} />
      <Route path=":id" element={<CampaignDetailPage />} />
      <Route path=":id/edit" element={<CampaignEditPage />} />
    </Routes>
  );
}
