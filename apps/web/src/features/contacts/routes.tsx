import { Route, Routes } from 'react-router';
import { ContactCreatePage } from './components/contact-create-page';
import { ContactEditPage } from './components/contact-edit-page';
import { ContactsListPage } from './components/contacts-list-page';

export { ContactsTrash } from './components/contacts-trash';

/** Under `/contacts`. */
export function ContactsRoutes() {
  return (
    <Routes>
      <Route index element={<ContactsListPage />} />
      <Route path="new" element={<ContactCreatePage />} />
      <Route path=":id" element={<ContactEditPage />} />
    </Routes>
  );
}
