import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { CustomerQueryService } from '../customer/customer-query.service';
import type { OpportunityService } from '../opportunity/opportunity.service';
import { DashboardService } from './dashboard.service';

export function createReportServices(
  ds: DataSource,
  deps: { audit: AuditService; customerQueries: CustomerQueryService; opportunities: OpportunityService },
) {
  return {
    dashboard: new DashboardService(ds, deps.customerQueries, deps.opportunities),
  };
}
