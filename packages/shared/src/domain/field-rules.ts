import { CUSTOMER_FIELDS } from '../records/customer';
import { ruleFieldsOf } from '../records/define';

/** DUP-01: per module, the fields an admin can make required and/or duplicate-checked. */
export interface RuleField {
  field: string;
  /** Message key of the field's label (messages.ts). */
  label: string;
  canBeUnique: boolean;
}

export const FIELD_RULE_MODULES = ['customer', 'contact', 'products', 'contracts', 'care-cards'] as const;
export type FieldRuleModule = (typeof FIELD_RULE_MODULES)[number];

export const RULE_FIELDS: Record<FieldRuleModule, RuleField[]> = {
  customer: ruleFieldsOf('customer', CUSTOMER_FIELDS),
  contact: [
    { field: 'name', label: 'field.name', canBeUnique: true },
    { field: 'mobile', label: 'field.mobile', canBeUnique: true },
    { field: 'email', label: 'field.email', canBeUnique: true },
    { field: 'customerId', label: 'field.customer', canBeUnique: false },
    { field: 'title', label: 'field.title', canBeUnique: false },
    { field: 'gender', label: 'field.gender', canBeUnique: false },
    { field: 'birthday', label: 'field.birthday', canBeUnique: false },
    { field: 'address', label: 'field.address', canBeUnique: false },
  ],
  // The product code is always unique (like a customer's code); the name may be checked too.
  products: [
    { field: 'name', label: 'field.name', canBeUnique: true },
    { field: 'unit', label: 'field.unit', canBeUnique: false },
    { field: 'price', label: 'field.price', canBeUnique: false },
    { field: 'groupId', label: 'field.productGroup', canBeUnique: false },
    { field: 'description', label: 'field.description', canBeUnique: false },
  ],
  // The contract number is always unique (SAL-04); the dates and the value may be required.
  contracts: [
    { field: 'signedOn', label: 'field.signedOn', canBeUnique: false },
    { field: 'validFrom', label: 'field.validFrom', canBeUnique: false },
    { field: 'validTo', label: 'field.validTo', canBeUnique: false },
    { field: 'value', label: 'field.value', canBeUnique: false },
    { field: 'terms', label: 'field.terms', canBeUnique: false },
  ],
  // The card code is always unique (CARE-01): nothing for an admin to set (no tab in DUP-01's page).
  'care-cards': [],
};

/** Defaults of a new installation: e-mail, phone and tax code are checked (CUS-06, CON-05). */
export const DEFAULT_UNIQUE_FIELDS: Record<FieldRuleModule, string[]> = {
  customer: ['email', 'phone', 'taxCode'],
  contact: ['email', 'mobile'],
  products: [],
  contracts: [],
  'care-cards': [],
};
