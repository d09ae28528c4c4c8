/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  mutation UpdateMyPreferences($language: Language!) {\n    updateMyPreferences(language: $language) {\n      id\n      language\n    }\n  }\n': typeof types.UpdateMyPreferencesDocument;
  '\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n': typeof types.AuditLogsDocument;
  '\n  query AuditModules {\n    auditModules\n  }\n': typeof types.AuditModulesDocument;
  '\n  query AuditUserOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.AuditUserOptionsDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  query ContactCustomerOptions($search: String, $first: Int) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: $first) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n': typeof types.ContactCustomerOptionsDocument;
  '\n  query ContactCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n': typeof types.ContactCustomerDocument;
  '\n  query ContactFieldRules {\n    fieldRules(module: "contact") {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.ContactFieldRulesDocument;
  '\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    gender\n    mobile\n    email\n    birthday\n    address\n    isPrimary\n    notes\n    createdAt\n    deletedAt\n    version\n    status {\n      id\n      name\n    }\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n': typeof types.ContactRowFragmentDoc;
  '\n  query ContactStatuses {\n    categories(kind: CONTACT_STATUS) {\n      id\n      name\n    }\n  }\n': typeof types.ContactStatusesDocument;
  '\n  query ContactTrash($search: String, $first: Int, $after: String) {\n    contacts(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n': typeof types.ContactTrashDocument;
  '\n  query ContactUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ContactUserOptionsDocument;
  '\n  query ContactViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n': typeof types.ContactViewerDocument;
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n': typeof types.ContactDocument;
  '\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n': typeof types.ContactsDocument;
  '\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactRow\n    }\n  }\n': typeof types.CreateContactDocument;
  '\n  mutation DeleteContacts($ids: [ID!]!) {\n    deleteContacts(ids: $ids)\n  }\n': typeof types.DeleteContactsDocument;
  '\n  mutation PurgeContacts($ids: [ID!]!) {\n    purgeContacts(ids: $ids)\n  }\n': typeof types.PurgeContactsDocument;
  '\n  mutation RestoreContacts($ids: [ID!]!) {\n    restoreContacts(ids: $ids)\n  }\n': typeof types.RestoreContactsDocument;
  '\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRow\n    }\n  }\n': typeof types.UpdateContactDocument;
  '\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n': typeof types.CreateCategoryDocument;
  '\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n': typeof types.DeleteCategoryDocument;
  '\n  query FieldRuleSettings($module: String!) {\n    fieldRuleFields(module: $module) {\n      field\n      label\n      canBeUnique\n    }\n    fieldRules(module: $module) {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.FieldRuleSettingsDocument;
  '\n  mutation SetFieldRules($module: String!, $rules: [FieldRuleInput!]!) {\n    setFieldRules(module: $module, rules: $rules) {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.SetFieldRulesDocument;
  '\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n': typeof types.SettingsCategoriesDocument;
  '\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n': typeof types.UpdateCategoryDocument;
  '\n  mutation ChangeCustomerGroups($ids: [ID!]!, $mode: GroupChangeMode!, $groupIds: [ID!]!) {\n    changeCustomerGroups(ids: $ids, mode: $mode, groupIds: $groupIds)\n  }\n': typeof types.ChangeCustomerGroupsDocument;
  '\n  mutation CloneCustomer($id: ID!) {\n    cloneCustomer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.CloneCustomerDocument;
  '\n  mutation CreateCustomerGroup($name: String!) {\n    createCustomerGroup(name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.CreateCustomerGroupDocument;
  '\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.CreateCustomerDocument;
  '\n  query CustomerCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      name\n      sortOrder\n    }\n  }\n': typeof types.CustomerCategoriesDocument;
  '\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CustomerContactsDocument;
  '\n  query CustomerFieldRules {\n    fieldRules(module: "customer") {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.CustomerFieldRulesDocument;
  '\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n': typeof types.CustomerRowFragmentDoc;
  '\n  fragment CustomerDetail on Customer {\n    ...CustomerRow\n    fax\n    taxCode\n    website\n    businessAddress\n    foundedOn\n    description\n    updatedAt\n    industry {\n      id\n      name\n    }\n    scale {\n      id\n      name\n    }\n    source {\n      id\n      name\n    }\n    sharedWith {\n      id\n      name\n    }\n  }\n': typeof types.CustomerDetailFragmentDoc;
  '\n  query CustomerGroups {\n    customerGroups {\n      id\n      name\n    }\n  }\n': typeof types.CustomerGroupsDocument;
  '\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CustomerHistoryDocument;
  '\n  query CustomerLabels {\n    customerLabels\n  }\n': typeof types.CustomerLabelsDocument;
  '\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n    }\n  }\n': typeof types.CustomerLevelCountsDocument;
  '\n  query CustomerLookup($search: String!, $first: Int) {\n    customerLookup(search: $search, first: $first) {\n      id\n      code\n      name\n      ownerName\n      officeAddress\n      businessAddress\n    }\n  }\n': typeof types.CustomerLookupDocument;
  '\n  query CustomerSystemParameters {\n    systemParameters {\n      customerCodeMode\n      customerCodePrefix\n      customerCodeWidth\n      createdDateMode\n    }\n  }\n': typeof types.CustomerSystemParametersDocument;
  '\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n': typeof types.CustomerTrashDocument;
  '\n  query CustomerUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.CustomerUserOptionsDocument;
  '\n  query CustomerViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n': typeof types.CustomerViewerDocument;
  '\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.CustomerDocument;
  '\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n': typeof types.CustomersDocument;
  '\n  mutation DeleteCustomers($ids: [ID!]!) {\n    deleteCustomers(ids: $ids)\n  }\n': typeof types.DeleteCustomersDocument;
  '\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.OwnershipHistoryDocument;
  '\n  mutation PurgeCustomers($ids: [ID!]!) {\n    purgeCustomers(ids: $ids)\n  }\n': typeof types.PurgeCustomersDocument;
  '\n  mutation RestoreCustomers($ids: [ID!]!) {\n    restoreCustomers(ids: $ids)\n  }\n': typeof types.RestoreCustomersDocument;
  '\n  mutation ShareCustomers($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCustomers(ids: $ids, userIds: $userIds)\n  }\n': typeof types.ShareCustomersDocument;
  '\n  mutation TransferCustomers($ids: [ID!]!, $toUserId: ID!) {\n    transferCustomers(ids: $ids, toUserId: $toUserId)\n  }\n': typeof types.TransferCustomersDocument;
  '\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.UpdateCustomerDocument;
  '\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.CreateDepartmentDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  query Departments {\n    departments {\n      id\n      name\n    }\n  }\n': typeof types.DepartmentsDocument;
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    birthday\n    createdAt\n    version\n    department {\n      id\n      name\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.UserDocument;
  '\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n': typeof types.UsersDocument;
};
const documents: Documents = {
  '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n':
    types.ApiTokensDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n': types.RevokeApiTokenDocument,
  '\n  mutation UpdateMyPreferences($language: Language!) {\n    updateMyPreferences(language: $language) {\n      id\n      language\n    }\n  }\n':
    types.UpdateMyPreferencesDocument,
  '\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n':
    types.AuditLogsDocument,
  '\n  query AuditModules {\n    auditModules\n  }\n': types.AuditModulesDocument,
  '\n  query AuditUserOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.AuditUserOptionsDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  query ContactCustomerOptions($search: String, $first: Int) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: $first) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n':
    types.ContactCustomerOptionsDocument,
  '\n  query ContactCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n':
    types.ContactCustomerDocument,
  '\n  query ContactFieldRules {\n    fieldRules(module: "contact") {\n      field\n      required\n      unique\n    }\n  }\n':
    types.ContactFieldRulesDocument,
  '\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    gender\n    mobile\n    email\n    birthday\n    address\n    isPrimary\n    notes\n    createdAt\n    deletedAt\n    version\n    status {\n      id\n      name\n    }\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n':
    types.ContactRowFragmentDoc,
  '\n  query ContactStatuses {\n    categories(kind: CONTACT_STATUS) {\n      id\n      name\n    }\n  }\n':
    types.ContactStatusesDocument,
  '\n  query ContactTrash($search: String, $first: Int, $after: String) {\n    contacts(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n':
    types.ContactTrashDocument,
  '\n  query ContactUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n':
    types.ContactUserOptionsDocument,
  '\n  query ContactViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n':
    types.ContactViewerDocument,
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n':
    types.ContactDocument,
  '\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n':
    types.ContactsDocument,
  '\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactRow\n    }\n  }\n':
    types.CreateContactDocument,
  '\n  mutation DeleteContacts($ids: [ID!]!) {\n    deleteContacts(ids: $ids)\n  }\n':
    types.DeleteContactsDocument,
  '\n  mutation PurgeContacts($ids: [ID!]!) {\n    purgeContacts(ids: $ids)\n  }\n':
    types.PurgeContactsDocument,
  '\n  mutation RestoreContacts($ids: [ID!]!) {\n    restoreContacts(ids: $ids)\n  }\n':
    types.RestoreContactsDocument,
  '\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRow\n    }\n  }\n':
    types.UpdateContactDocument,
  '\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n':
    types.CreateCategoryDocument,
  '\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n': types.DeleteCategoryDocument,
  '\n  query FieldRuleSettings($module: String!) {\n    fieldRuleFields(module: $module) {\n      field\n      label\n      canBeUnique\n    }\n    fieldRules(module: $module) {\n      field\n      required\n      unique\n    }\n  }\n':
    types.FieldRuleSettingsDocument,
  '\n  mutation SetFieldRules($module: String!, $rules: [FieldRuleInput!]!) {\n    setFieldRules(module: $module, rules: $rules) {\n      field\n      required\n      unique\n    }\n  }\n':
    types.SetFieldRulesDocument,
  '\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n':
    types.SettingsCategoriesDocument,
  '\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n':
    types.UpdateCategoryDocument,
  '\n  mutation ChangeCustomerGroups($ids: [ID!]!, $mode: GroupChangeMode!, $groupIds: [ID!]!) {\n    changeCustomerGroups(ids: $ids, mode: $mode, groupIds: $groupIds)\n  }\n':
    types.ChangeCustomerGroupsDocument,
  '\n  mutation CloneCustomer($id: ID!) {\n    cloneCustomer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n':
    types.CloneCustomerDocument,
  '\n  mutation CreateCustomerGroup($name: String!) {\n    createCustomerGroup(name: $name) {\n      id\n      name\n    }\n  }\n':
    types.CreateCustomerGroupDocument,
  '\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerDetail\n    }\n  }\n':
    types.CreateCustomerDocument,
  '\n  query CustomerCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      name\n      sortOrder\n    }\n  }\n':
    types.CustomerCategoriesDocument,
  '\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CustomerContactsDocument,
  '\n  query CustomerFieldRules {\n    fieldRules(module: "customer") {\n      field\n      required\n      unique\n    }\n  }\n':
    types.CustomerFieldRulesDocument,
  '\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n':
    types.CustomerRowFragmentDoc,
  '\n  fragment CustomerDetail on Customer {\n    ...CustomerRow\n    fax\n    taxCode\n    website\n    businessAddress\n    foundedOn\n    description\n    updatedAt\n    industry {\n      id\n      name\n    }\n    scale {\n      id\n      name\n    }\n    source {\n      id\n      name\n    }\n    sharedWith {\n      id\n      name\n    }\n  }\n':
    types.CustomerDetailFragmentDoc,
  '\n  query CustomerGroups {\n    customerGroups {\n      id\n      name\n    }\n  }\n':
    types.CustomerGroupsDocument,
  '\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CustomerHistoryDocument,
  '\n  query CustomerLabels {\n    customerLabels\n  }\n': types.CustomerLabelsDocument,
  '\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n    }\n  }\n':
    types.CustomerLevelCountsDocument,
  '\n  query CustomerLookup($search: String!, $first: Int) {\n    customerLookup(search: $search, first: $first) {\n      id\n      code\n      name\n      ownerName\n      officeAddress\n      businessAddress\n    }\n  }\n':
    types.CustomerLookupDocument,
  '\n  query CustomerSystemParameters {\n    systemParameters {\n      customerCodeMode\n      customerCodePrefix\n      customerCodeWidth\n      createdDateMode\n    }\n  }\n':
    types.CustomerSystemParametersDocument,
  '\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n':
    types.CustomerTrashDocument,
  '\n  query CustomerUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.CustomerUserOptionsDocument,
  '\n  query CustomerViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n':
    types.CustomerViewerDocument,
  '\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n':
    types.CustomerDocument,
  '\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n':
    types.CustomersDocument,
  '\n  mutation DeleteCustomers($ids: [ID!]!) {\n    deleteCustomers(ids: $ids)\n  }\n':
    types.DeleteCustomersDocument,
  '\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.OwnershipHistoryDocument,
  '\n  mutation PurgeCustomers($ids: [ID!]!) {\n    purgeCustomers(ids: $ids)\n  }\n':
    types.PurgeCustomersDocument,
  '\n  mutation RestoreCustomers($ids: [ID!]!) {\n    restoreCustomers(ids: $ids)\n  }\n':
    types.RestoreCustomersDocument,
  '\n  mutation ShareCustomers($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCustomers(ids: $ids, userIds: $userIds)\n  }\n':
    types.ShareCustomersDocument,
  '\n  mutation TransferCustomers($ids: [ID!]!, $toUserId: ID!) {\n    transferCustomers(ids: $ids, toUserId: $toUserId)\n  }\n':
    types.TransferCustomersDocument,
  '\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetail\n    }\n  }\n':
    types.UpdateCustomerDocument,
  '\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n':
    types.CreateDepartmentDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  query Departments {\n    departments {\n      id\n      name\n    }\n  }\n': types.DepartmentsDocument,
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    birthday\n    createdAt\n    version\n    department {\n      id\n      name\n    }\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n': types.UserDocument,
  '\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n':
    types.UsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyPreferences($language: Language!) {\n    updateMyPreferences(language: $language) {\n      id\n      language\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyPreferences($language: Language!) {\n    updateMyPreferences(language: $language) {\n      id\n      language\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditModules {\n    auditModules\n  }\n',
): (typeof documents)['\n  query AuditModules {\n    auditModules\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditUserOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditUserOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactCustomerOptions($search: String, $first: Int) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: $first) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContactCustomerOptions($search: String, $first: Int) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: $first) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ContactCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactFieldRules {\n    fieldRules(module: "contact") {\n      field\n      required\n      unique\n    }\n  }\n',
): (typeof documents)['\n  query ContactFieldRules {\n    fieldRules(module: "contact") {\n      field\n      required\n      unique\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    gender\n    mobile\n    email\n    birthday\n    address\n    isPrimary\n    notes\n    createdAt\n    deletedAt\n    version\n    status {\n      id\n      name\n    }\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    gender\n    mobile\n    email\n    birthday\n    address\n    isPrimary\n    notes\n    createdAt\n    deletedAt\n    version\n    status {\n      id\n      name\n    }\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactStatuses {\n    categories(kind: CONTACT_STATUS) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ContactStatuses {\n    categories(kind: CONTACT_STATUS) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactTrash($search: String, $first: Int, $after: String) {\n    contacts(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContactTrash($search: String, $first: Int, $after: String) {\n    contacts(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContactUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n',
): (typeof documents)['\n  query ContactViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n',
): (typeof documents)['\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteContacts($ids: [ID!]!) {\n    deleteContacts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation DeleteContacts($ids: [ID!]!) {\n    deleteContacts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeContacts($ids: [ID!]!) {\n    purgeContacts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeContacts($ids: [ID!]!) {\n    purgeContacts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreContacts($ids: [ID!]!) {\n    restoreContacts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreContacts($ids: [ID!]!) {\n    restoreContacts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldRuleSettings($module: String!) {\n    fieldRuleFields(module: $module) {\n      field\n      label\n      canBeUnique\n    }\n    fieldRules(module: $module) {\n      field\n      required\n      unique\n    }\n  }\n',
): (typeof documents)['\n  query FieldRuleSettings($module: String!) {\n    fieldRuleFields(module: $module) {\n      field\n      label\n      canBeUnique\n    }\n    fieldRules(module: $module) {\n      field\n      required\n      unique\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFieldRules($module: String!, $rules: [FieldRuleInput!]!) {\n    setFieldRules(module: $module, rules: $rules) {\n      field\n      required\n      unique\n    }\n  }\n',
): (typeof documents)['\n  mutation SetFieldRules($module: String!, $rules: [FieldRuleInput!]!) {\n    setFieldRules(module: $module, rules: $rules) {\n      field\n      required\n      unique\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      id\n      kind\n      name\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeCustomerGroups($ids: [ID!]!, $mode: GroupChangeMode!, $groupIds: [ID!]!) {\n    changeCustomerGroups(ids: $ids, mode: $mode, groupIds: $groupIds)\n  }\n',
): (typeof documents)['\n  mutation ChangeCustomerGroups($ids: [ID!]!, $mode: GroupChangeMode!, $groupIds: [ID!]!) {\n    changeCustomerGroups(ids: $ids, mode: $mode, groupIds: $groupIds)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloneCustomer($id: ID!) {\n    cloneCustomer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CloneCustomer($id: ID!) {\n    cloneCustomer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCustomerGroup($name: String!) {\n    createCustomerGroup(name: $name) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCustomerGroup($name: String!) {\n    createCustomerGroup(name: $name) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      name\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  query CustomerCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      name\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerFieldRules {\n    fieldRules(module: "customer") {\n      field\n      required\n      unique\n    }\n  }\n',
): (typeof documents)['\n  query CustomerFieldRules {\n    fieldRules(module: "customer") {\n      field\n      required\n      unique\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CustomerDetail on Customer {\n    ...CustomerRow\n    fax\n    taxCode\n    website\n    businessAddress\n    foundedOn\n    description\n    updatedAt\n    industry {\n      id\n      name\n    }\n    scale {\n      id\n      name\n    }\n    source {\n      id\n      name\n    }\n    sharedWith {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CustomerDetail on Customer {\n    ...CustomerRow\n    fax\n    taxCode\n    website\n    businessAddress\n    foundedOn\n    description\n    updatedAt\n    industry {\n      id\n      name\n    }\n    scale {\n      id\n      name\n    }\n    source {\n      id\n      name\n    }\n    sharedWith {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerGroups {\n    customerGroups {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CustomerGroups {\n    customerGroups {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerLabels {\n    customerLabels\n  }\n',
): (typeof documents)['\n  query CustomerLabels {\n    customerLabels\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n    }\n  }\n',
): (typeof documents)['\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerLookup($search: String!, $first: Int) {\n    customerLookup(search: $search, first: $first) {\n      id\n      code\n      name\n      ownerName\n      officeAddress\n      businessAddress\n    }\n  }\n',
): (typeof documents)['\n  query CustomerLookup($search: String!, $first: Int) {\n    customerLookup(search: $search, first: $first) {\n      id\n      code\n      name\n      ownerName\n      officeAddress\n      businessAddress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerSystemParameters {\n    systemParameters {\n      customerCodeMode\n      customerCodePrefix\n      customerCodeWidth\n      createdDateMode\n    }\n  }\n',
): (typeof documents)['\n  query CustomerSystemParameters {\n    systemParameters {\n      customerCodeMode\n      customerCodePrefix\n      customerCodeWidth\n      createdDateMode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n',
): (typeof documents)['\n  query CustomerViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n',
): (typeof documents)['\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCustomers($ids: [ID!]!) {\n    deleteCustomers(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation DeleteCustomers($ids: [ID!]!) {\n    deleteCustomers(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeCustomers($ids: [ID!]!) {\n    purgeCustomers(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeCustomers($ids: [ID!]!) {\n    purgeCustomers(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreCustomers($ids: [ID!]!) {\n    restoreCustomers(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreCustomers($ids: [ID!]!) {\n    restoreCustomers(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareCustomers($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCustomers(ids: $ids, userIds: $userIds)\n  }\n',
): (typeof documents)['\n  mutation ShareCustomers($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCustomers(ids: $ids, userIds: $userIds)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferCustomers($ids: [ID!]!, $toUserId: ID!) {\n    transferCustomers(ids: $ids, toUserId: $toUserId)\n  }\n',
): (typeof documents)['\n  mutation TransferCustomers($ids: [ID!]!, $toUserId: ID!) {\n    transferCustomers(ids: $ids, toUserId: $toUserId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Departments {\n    departments {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query Departments {\n    departments {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    birthday\n    createdAt\n    version\n    department {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    birthday\n    createdAt\n    version\n    department {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
