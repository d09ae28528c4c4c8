import type { DataSource } from 'typeorm';
import type { Env } from './config/env';
import { ApiTokenService } from './modules/api-token/api-token.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { UserService } from './modules/user/user.service';
import { CategoryService } from './modules/category/category.service';
import { ContactService } from './modules/contact/contact.service';
import { CustomerGroupsService } from './modules/customer/customer-groups.service';
import { CustomerQueryService } from './modules/customer/customer-query.service';
import { CustomerTrashService } from './modules/customer/customer-trash.service';
import { CustomerService } from './modules/customer/customer.service';
import { OwnershipService } from './modules/customer/ownership.service';
import { FieldRuleService } from './modules/settings/field-rule.service';
import { SystemParametersService } from './modules/settings/system-parameters.service';

export function createServices(ds: DataSource, env: Pick<Env, 'jwtSecret' | 'tokenTtlHours'>) {
  const audit = new AuditService(ds);
  const fieldRules = new FieldRuleService(ds, audit);
  const systemParameters = new SystemParametersService(ds, audit);
  const categories = new CategoryService(ds, audit);
  const ownership = new OwnershipService(ds, audit);
  return {
    audit,
    auth: new AuthService(ds, audit, env),
    users: new UserService(ds, audit),
    apiTokens: new ApiTokenService(ds, audit),
    fieldRules,
    systemParameters,
    categories,
    ownership,
    customers: new CustomerService(ds, audit, fieldRules, systemParameters, categories, ownership),
    customerQueries: new CustomerQueryService(ds),
    customerTrash: new CustomerTrashService(ds, audit, fieldRules),
    customerGroups: new CustomerGroupsService(ds, audit, categories),
    contacts: new ContactService(ds, audit, fieldRules, categories),
  };
}

export type Services = ReturnType<typeof createServices>;
