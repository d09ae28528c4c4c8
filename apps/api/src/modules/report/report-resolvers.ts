import { ReportResolver, TaskStatRowResolver, UserCountResolver } from './report.resolver';

export const REPORT_RESOLVERS = [ReportResolver, UserCountResolver, TaskStatRowResolver] as const;
