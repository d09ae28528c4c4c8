import { ImportHistoryPage } from './components/import-history-page';
import { ImportJobPage } from './components/import-job-page';
import { ImportUploadPage } from './components/import-upload-page';

export { ImportHistoryPage, ImportJobPage };

export function CustomersImportPage() {
  return <ImportUploadPage module="customers" />;
}

export function ContractsImportPage() {
  return <ImportUploadPage module="contracts" />;
}

export function ContactsImportPage() {
  return <ImportUploadPage module="contacts" />;
}

export function CareCardsImportPage() {
  return <ImportUploadPage module="care-cards" />;
}
