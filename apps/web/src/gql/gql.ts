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
