import { ApiToken } from '../modules/api-token/api-token.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Department } from '../modules/user/department.entity';
import { User } from '../modules/user/user.entity';
import { Category } from '../modules/category/category.entity';
import { Campaign, CampaignMember } from '../modules/campaign/campaign.entity';
import { Contact } from '../modules/contact/contact.entity';
import { Customer } from '../modules/customer/customer.entity';
import { OwnershipEvent } from '../modules/customer/ownership-event.entity';
import { ImportJob } from '../modules/imports/import-job.entity';
import { FieldRule } from '../modules/settings/field-rule.entity';
import { SystemParameters } from '../modules/settings/system-parameters.entity';
import { Activity, ActivityComment } from '../modules/activity/activity.entity';
import { MailLog } from '../modules/mail/mail-log.entity';
import { CompanyProfileRow } from '../modules/company/company-profile.entity';
import { SALES_ENTITIES } from '../modules/sales/sales-entities';
import { CareCard } from '../modules/care-card/care-card.entity';
import { SavedView } from '../modules/saved-view/saved-view.entity';
import { ExportJob } from '../modules/exports/export-job.entity';

export const entities = [
  User,
  Department,
  ApiToken,
  AuditLog,
  SystemParameters,
  FieldRule,
  Category,
  Customer,
  OwnershipEvent,
  Contact,
  Campaign,
  CampaignMember,
  ImportJob,
  Activity,
  ActivityComment,
  MailLog,
  CompanyProfileRow,
  ...SALES_ENTITIES,
  CareCard,
  SavedView,
  ExportJob,
];
