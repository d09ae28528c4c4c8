import { ReportResolver, UserCountResolver } from './report.resolver';

export const REPORT_RESOLVERS = [ReportResolver, UserCountResolver] as const;
