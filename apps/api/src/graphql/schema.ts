import { AppError } from '@sen/shared';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { DepartmentResolver } from '../modules/user/department.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { CategoryResolver } from '../modules/category/category.resolver';
import {
  CampaignMemberResolver,
  MemberStatusChangeResolver,
} from '../modules/campaign/campaign-member.resolver';
import { CampaignResolver } from '../modules/campaign/campaign.resolver';
import { ContactResolver } from '../modules/contact/contact.resolver';
import { CustomerResolver } from '../modules/customer/customer.resolver';
import { OwnershipResolver } from '../modules/customer/ownership.resolver';
import { ImportResolver } from '../modules/imports/import.resolver';
import { SettingsResolver } from '../modules/settings/settings.resolver';
import { CompanyResolver } from '../modules/company/company.resolver';
import { DocumentNumberingResolver } from '../modules/settings/document-numbering.resolver';
import {
  ActivityCommentResolver,
  ActivityHistoryResolver,
  ActivityResolver,
} from '../modules/activity/activity.resolver';
import { MailResolver } from '../modules/mail/mail.resolver';
import { ReminderResolver } from '../modules/reminder/reminder.resolver';
import { SALES_RESOLVERS } from '../modules/sales/sales-resolvers';
import { REPORT_RESOLVERS } from '../modules/report/report-resolvers';
import { CareCardResolver } from '../modules/care-card/care-card.resolver';
import { SavedViewResolver } from '../modules/saved-view/saved-view.resolver';
import { ExportJobResolver } from '../modules/exports/export-job.resolver';
import type { Context } from './context';
import { DateTimeScalar } from './scalars';

export const resolvers = [
  AuthResolver,
  UserResolver,
  DepartmentResolver,
  ApiTokenResolver,
  AuditResolver,
  SettingsResolver,
  CompanyResolver,
  DocumentNumberingResolver,
  CategoryResolver,
  CustomerResolver,
  OwnershipResolver,
  ContactResolver,
  ImportResolver,
  CampaignResolver,
  CampaignMemberResolver,
  MemberStatusChangeResolver,
  ActivityResolver,
  ActivityCommentResolver,
  ActivityHistoryResolver,
  ReminderResolver,
  MailResolver,
  ...SALES_RESOLVERS,
  ...REPORT_RESOLVERS,
  CareCardResolver,
  SavedViewResolver,
  ExportJobResolver,
] as const;

/** `@Authorized('ADMIN')` guards; sign-in itself is enforced for every operation by the guard plugin. */
const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) {
    throw context.authError ?? new AppError('UNAUTHENTICATED');
  }
  if (roles.length > 0 && !roles.includes(context.user.role)) {
    throw new AppError('FORBIDDEN');
  }
  return true;
};

// Object types are declared with `simpleResolvers: true`: their plain fields use graphql's default
// resolver instead of a per-field wrapper, which matters on 50-row pages (no field has a guard).
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  });
}
