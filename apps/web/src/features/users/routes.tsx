import { Route, Routes } from 'react-router';
import { UserCreatePage } from './components/user-create-page';
import { UserEditPage } from './components/user-edit-page';
import { UsersListPage } from './components/users-list-page';

/** Under `/settings/users` (ADMIN). */
export function UsersRoutes() {
  return (
    <Routes>
      <Route index element={<UsersListPage />} />
      <Route path="new" element={<UserCreatePage />} />
      <Route path=":id" element={<UserEditPage />} />
    </Routes>
  );
}
