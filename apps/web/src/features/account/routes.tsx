import { Navigate, Route, Routes } from 'react-router';
import { ApiTokensPage } from './components/api-tokens-page';
import { ChangePasswordPage } from './components/change-password-page';

/** Under `/account`: the signed-in user's own settings. */
export function AccountRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="password" replace />} />
      <Route path="password" element={<ChangePasswordPage />} />
      <Route path="api-tokens" element={<ApiTokensPage />} />
    </Routes>
  );
}
