import type { DataSource } from 'typeorm';
import type { Env } from './config/env';
import { ApiTokenService } from './modules/api-token/api-token.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { UserService } from './modules/user/user.service';
import { CategoryService } from './modules/category/category.service';
import { CampaignExportService } from './modules/campaign/campaign-export.service';
import { CampaignInboundService } from './modules/campaign/campaign-inbound.service';
import { CampaignMemberService } from './modules/campaign/campaign-member.service';
import { CampaignStatsService } from './modules/campaign/campaign-stats.service';
import { CampaignService } from './modules/campaign/campaign.service';
import { ContactService } from './modules/contact/contact.service';
import { CustomerGroupsService } from './modules/customer/customer-groups.service';
import { CountCache } from './graphql/count-cache';
import { CustomerQueryService } from './modules/customer/customer-query.service';
import { customerTrash } from './modules/customer/customer-trash';
import { CustomerService } from './modules/customer/customer.service';
import { OwnershipService } from './modules/customer/ownership.service';
import { FieldRuleService } from './modules/settings/field-rule.service';
import { SystemParametersService } from './modules/settings/system-parameters.service';
import { DocumentNumberingService } from './modules/settings/document-numbering.service';
import { ActivityQueryService } from './modules/activity/activity-query.service';
import { ACTIVITY_TRASH } from './modules/activity/activity-trash';
import { contactTrash } from './modules/contact/contact-trash';
import { RecordTrash } from './core/trash';
import { ActivityService } from './modules/activity/activity.service';
import { MailService } from './modules/mail/mail.service';
import { ReminderService } from './modules/reminder/reminder.service';
import { createImportService } from './modules/imports/import-setup';
import { ExportService } from './modules/exports/export.service';
import { ExportJobService } from './modules/exports/export-job.service';
import path from 'node:path';
import { CompanyService } from './modules/company/company.service';
import { OpportunityService } from './modules/opportunity/opportunity.service';
import { ProductService } from './modules/product/product.service';
import { QuoteService } from './modules/quote/quote.service';
import { SalesDocumentService } from './modules/sales/sales-document.service';
import { createReportServices } from './modules/report/report-services';
import { CareCardService } from './modules/care-card/care-card.service';
import { SavedViewService } from './modules/saved-view/saved-view.service';
import { InvoiceService } from './modules/invoice/invoice.service';
import { ContractService } from './modules/contract/contract.service';
import { OrderService } from './modules/order/order.service';
import { ReceiptService } from './modules/receipt/receipt.service';
import { DebtService } from './modules/receipt/debt.service';

export function createServices(
  ds: DataSource,
  env: Pick<Env, 'jwtSecret' | 'tokenTtlHours' | 'dataDir' | 'importMaxBytes' | 'importMaxRows'> &
    Partial<Pick<Env, 'importLeaseSeconds' | 'instanceId'>>,
) {
  const audit = new AuditService(ds);
  const fieldRules = new FieldRuleService(ds, audit);
  const systemParameters = new SystemParametersService(ds, audit);
  const categories = new CategoryService(ds, audit);
  const ownership = new OwnershipService(ds, audit);
  const customers = new CustomerService(ds, audit, fieldRules, systemParameters, categories, ownership);
  const campaigns = new CampaignService(ds, audit);
  // List counts reused for a few seconds per scope and filter; every write the server answers clears them.
  const countCache = new CountCache();
  const customerQueries = new CustomerQueryService(ds, countCache);
  const campaignMembers = new CampaignMemberService(ds, audit, campaigns, customerQueries);
  const contacts = new ContactService(ds, audit, fieldRules, categories);
  const opportunities = new OpportunityService(ds, categories);
  return {
    countCache,
    campaigns,
    campaignMembers,
    campaignStats: new CampaignStatsService(ds),
    campaignInbound: new CampaignInboundService(ds, audit, campaigns, campaignMembers, customers),
    campaignExport: new CampaignExportService(ds, audit, campaigns),
    audit,
    auth: new AuthService(ds, audit, env),
    users: new UserService(ds, audit),
    apiTokens: new ApiTokenService(ds, audit),
    fieldRules,
    systemParameters,
    company: new CompanyService(ds, audit),
    documentNumbering: new DocumentNumberingService(ds),
    categories,
    ownership,
    customers,
    customerQueries,
    customerTrash: customerTrash(ds, fieldRules),
    customerGroups: new CustomerGroupsService(ds, audit, categories),
    contacts,
    contactTrash: contactTrash(ds, fieldRules),
    activities: new ActivityService(ds, audit, customers),
    activityQueries: new ActivityQueryService(ds),
    activityTrash: new RecordTrash(ds, ACTIVITY_TRASH),
    reminders: new ReminderService(ds, systemParameters),
    mail: new MailService(ds, audit, systemParameters),
    imports: createImportService(
      ds,
      { audit, fieldRules, systemParameters, customers },
      {
        dataDir: env.dataDir,
        maxBytes: env.importMaxBytes,
        maxRows: env.importMaxRows,
        leaseSeconds: env.importLeaseSeconds,
        instanceId: env.instanceId,
      },
    ),
    products: new ProductService(ds, fieldRules, categories),
    opportunities,
    quotes: new QuoteService(ds),
    salesDocuments: new SalesDocumentService(ds),
    careCards: new CareCardService(ds),
    savedViews: new SavedViewService(ds, audit),
    invoices: new InvoiceService(ds, countCache),
    contracts: new ContractService(ds),
    orders: new OrderService(ds),
    receipts: new ReceiptService(ds),
    debts: new DebtService(ds),
    exports: new ExportService(ds, audit, customerQueries, contacts),
    exportJobs: new ExportJobService(ds, path.join(env.dataDir, 'exports')),
    ...createReportServices(ds, { audit, customerQueries, opportunities }),
  };
}

export type Services = ReturnType<typeof createServices>;
