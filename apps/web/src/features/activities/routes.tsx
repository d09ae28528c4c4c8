import { Route, Routes } from 'react-router';
import { ActivitiesListPage } from './components/activities-list-page';
import { ActivitiesTrash } from './components/activities-trash';
import { ActivityCreatePage } from './components/activity-create-page';
import { ActivityDetailPage } from './components/activity-detail-page';

/** Under `/activities`. */
export function ActivitiesRoutes() {
  return (
    <Routes>
      <Route index element={<ActivitiesListPage />} />
      <Route path="new" element={<ActivityCreatePage />} />
      <Route path="trash" element={<ActivitiesTrash />} />
      <Route path=":id" element={<ActivityDetailPage />} />
    </Routes>
  );
}
