import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { CustomerService } from '../customer/customer.service';
import type { FieldRuleService } from '../settings/field-rule.service';
import type { SystemParametersService } from '../settings/system-parameters.service';
import { contactsImport } from './contacts.import';
import { contractsImport } from './contracts.import';
import { careCardsImport } from './care-cards.import';
import { customersImport } from './customers.import';
import { ImportEngine } from './import-engine';
import { ImportJobService, type ImportLimits } from './import-job.service';

interface ImportDeps {
  audit: AuditService;
  fieldRules: FieldRuleService;
  systemParameters: SystemParametersService;
  customers: CustomerService;
}

/** The engine and one description per importable module. */
export function createImportService(
  ds: DataSource,
  deps: ImportDeps,
  limits: ImportLimits,
): ImportJobService {
  const { audit, fieldRules: rules, systemParameters: params, customers } = deps;
  // Two batches in flight need two connections (the embedded database has one session).
  const poolSize = 'poolSize' in ds.options ? (ds.options.poolSize ?? 1) : 1;
  return new ImportJobService(
    ds,
    rules,
    new ImportEngine(ds, rules, audit, poolSize > 1 ? 2 : 1),
    {
      customers: customersImport({ audit, rules, params, customers }),
      contacts: contactsImport({ audit, rules }),
      contracts: contractsImport({ audit }),
      'care-cards': careCardsImport({ audit }),
    },
    limits,
  );
}
