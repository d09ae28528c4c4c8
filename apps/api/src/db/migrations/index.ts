import { Init1763900000000 } from './1763900000000-init';
import { Customers1764000000000 } from './1764000000000-customers';
import { CustomerPerf1764100000000 } from './1764100000000-customer-perf';
import { CustomerLevelCounts1764150000000 } from './1764150000000-customer-level-counts';
import { Campaigns1764200000001 } from './1764200000001-campaigns';
import { Activities1764300000001 } from './1764300000001-activities';
import { Imports1764400000001 } from './1764400000001-imports';
import { ImportBatches1764500000001 } from './1764500000001-import-batches';
import { ImportFileKinds1764600000001 } from './1764600000001-import-file-kinds';
import { CompanyProfile1764800000001 } from './1764800000001-company-profile';
import { DocumentNumbering1764900000001 } from './1764900000001-document-numbering';
import { CustomerWordSearch1765000000014 } from './1765000000014-customer-word-search';
import { Sales1765000000020 } from './1765000000020-sales';
import { SalesMoney1765300000001 } from './1765300000001-sales-money';
import { CareCards1765400000001 } from './1765400000001-care-cards';
import { KpiTargets1765500000001 } from './1765500000001-kpi-targets';
import { ContractImport1765700000001 } from './1765700000001-contract-import';
import { AttemptLimit1765200000001 } from './1765200000001-attempt-limit';
import { Sessions1765200000002 } from './1765200000002-sessions';
import { ImportRunner1765600000001 } from './1765600000001-import-runner';
import { SavedViews1766000000001 } from './1766000000001-saved-views';
import { CustomerOwnerIds1766000000002 } from './1766000000002-customer-owner-ids';
import { CustomerProvince1766100000001 } from './1766100000001-customer-province';
import { ExportJobs1766900000001 } from './1766900000001-export-jobs';
import { BoardIndexes1767000000001 } from './1767000000001-board-indexes';
import { SearchWordsCodePrefix1767100000001 } from './1767100000001-search-words-code-prefix';
import { CareCardSpeed1767300000001 } from './1767300000001-care-card-speed';
import { ReportIndexes1767400000001 } from './1767400000001-report-indexes';
import { CampaignTrash1767500000001 } from './1767500000001-campaign-trash';
import { CustomerDebt1768000000001 } from './1768000000001-customer-debt';
import { ActivityDoneCovering1768100000001 } from './1768100000001-activity-done-covering';
import { DocumentCustomerOwner1768400000001 } from './1768400000001-document-customer-owner';
import { OpportunityBoardWays1768400000002 } from './1768400000002-opportunity-board-ways';
import { CareCardImportSearch1768500000001 } from './1768500000001-care-card-import-search';
import { CustomerDebtRebuild1768800000001 } from './1768800000001-customer-debt-rebuild';
import { CareCardDateIndex1769100000001 } from './1769100000001-care-card-date-index';
import { InstalmentOwner1769500000001 } from './1769500000001-instalment-owner';
import { ActivityAssigneeStatus1769500000002 } from './1769500000002-activity-assignee-status';
import { CustomerSearchWords1769500000003 } from './1769500000003-customer-search-words';
import { AuthNotices1769500000004 } from './1769500000004-auth-notices';
import { ActivityDoneCounts1768700000001 } from './1768700000001-activity-done-counts';
import { MoneyDayTotals1768700000002 } from './1768700000002-money-day-totals';
import { CustomerOwnerCreated1768700000003 } from './1768700000003-customer-owner-created';
import { ActivityDoneLinkIndexes1768700000004 } from './1768700000004-activity-done-link-indexes';

export const migrations = [
  Init1763900000000,
  Customers1764000000000,
  CustomerPerf1764100000000,
  CustomerLevelCounts1764150000000,
  Campaigns1764200000001,
  Activities1764300000001,
  Imports1764400000001,
  ImportBatches1764500000001,
  ImportFileKinds1764600000001,
  CompanyProfile1764800000001,
  DocumentNumbering1764900000001,
  CustomerWordSearch1765000000014,
  Sales1765000000020,
  AttemptLimit1765200000001,
  Sessions1765200000002,
  SalesMoney1765300000001,
  CareCards1765400000001,
  KpiTargets1765500000001,
  ImportRunner1765600000001,
  ContractImport1765700000001,
  SavedViews1766000000001,
  CustomerOwnerIds1766000000002,
  CustomerProvince1766100000001,
  ExportJobs1766900000001,
  BoardIndexes1767000000001,
  SearchWordsCodePrefix1767100000001,
  CareCardSpeed1767300000001,
  ReportIndexes1767400000001,
  CampaignTrash1767500000001,
  CustomerDebt1768000000001,
  ActivityDoneCovering1768100000001,
  DocumentCustomerOwner1768400000001,
  OpportunityBoardWays1768400000002,
  CareCardImportSearch1768500000001,
  ActivityDoneCounts1768700000001,
  MoneyDayTotals1768700000002,
  CustomerOwnerCreated1768700000003,
  ActivityDoneLinkIndexes1768700000004,
  CustomerDebtRebuild1768800000001,
  CareCardDateIndex1769100000001,
  InstalmentOwner1769500000001,
  ActivityAssigneeStatus1769500000002,
  CustomerSearchWords1769500000003,
  AuthNotices1769500000004,
];
