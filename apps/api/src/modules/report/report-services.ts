import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { CustomerQueryService } from '../customer/customer-query.service';
import type { OpportunityService } from '../opportunity/opportunity.service';
import { DashboardService } from './dashboard.service';
import { KpiService } from './kpi.service';
import { TaskStatsService } from './task-stats.service';

export function createReportServices(
  ds: DataSource,
  deps: { audit: AuditService; customerQueries: CustomerQueryService; opportunities: OpportunityService },
) {
  return {
    dashboard: new DashboardService(ds, deps.customerQueries, deps.opportunities),
    kpi: new KpiService(ds, deps.audit),
    taskStats: new TaskStatsService(ds),
  };
}
