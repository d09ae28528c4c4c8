import { ApiToken } from '../modules/api-token/api-token.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Department } from '../modules/user/department.entity';
import { User } from '../modules/user/user.entity';
import { Category } from '../modules/category/category.entity';
import { Contact } from '../modules/contact/contact.entity';
import { Customer } from '../modules/customer/customer.entity';
import { OwnershipEvent } from '../modules/customer/ownership-event.entity';
import { FieldRule } from '../modules/settings/field-rule.entity';
import { SystemParameters } from '../modules/settings/system-parameters.entity';

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
];
