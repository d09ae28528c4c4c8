import { AuditLogsPage } from './components/audit-logs-page';

/** `/settings/logs` (ADMIN, MANAGER): read-only. */
export function AuditRoutes() {
  return <AuditLogsPage />;
}
