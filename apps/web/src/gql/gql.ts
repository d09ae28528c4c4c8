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
  '\n  fragment ListPageParts on PageInfo {\n    hasNextPage\n    endCursor\n  }\n': typeof types.ListPagePartsFragmentDoc;
  '\n  query ExportJobs {\n    exportJobs {\n      id\n      module\n      fileName\n      status\n      totalRows\n      processedRows\n      error\n      downloadUrl\n      createdAt\n      finishedAt\n    }\n  }\n': typeof types.ExportJobsDocument;
  '\n  query SavedViews($module: String!) {\n    savedViews(module: $module) {\n      id\n      module\n      name\n      filter\n      columns\n      orderBy\n      shared\n      isDefault\n      droppedFilters\n      owner {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SavedViewsDocument;
  '\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.SaveViewDocument;
  '\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n': typeof types.DeleteViewDocument;
  '\n  mutation SetDefaultView($module: String!, $id: ID) {\n    setDefaultView(module: $module, id: $id)\n  }\n': typeof types.SetDefaultViewDocument;
  '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  mutation UpdateMyPreferences($language: Language!) {\n    updateMyPreferences(language: $language) {\n      id\n      language\n    }\n  }\n': typeof types.UpdateMyPreferencesDocument;
  '\n  query Activities($filter: ActivityFilter, $orderBy: [ActivityOrder!], $first: Int, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ActivityRow\n      }\n    }\n  }\n': typeof types.ActivitiesDocument;
  '\n  query ActivityCustomerOptions($search: String) {\n    customers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n': typeof types.ActivityCustomerOptionsDocument;
  '\n  query ActivityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n': typeof types.ActivityCustomerDocument;
  '\n  fragment ActivityRow on Activity {\n    id\n    name\n    type\n    status\n    priority\n    description\n    startAt\n    dueAt\n    createdAt\n    version\n    commentCount\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    customers {\n      id\n      code\n      name\n      level\n    }\n  }\n': typeof types.ActivityRowFragmentDoc;
  '\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        kinds\n        description\n        changes\n        at\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ActivityDocument;
  '\n  mutation AddActivityComment($activityId: ID!, $body: String!) {\n    addActivityComment(activityId: $activityId, body: $body) {\n      id\n    }\n  }\n': typeof types.AddActivityCommentDocument;
  '\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n': typeof types.CreateActivityDocument;
  '\n  mutation DeleteActivities($ids: [ID!]!) {\n    deleteActivities(ids: $ids)\n  }\n': typeof types.DeleteActivitiesDocument;
  '\n  mutation RestoreActivities($ids: [ID!]!) {\n    restoreActivities(ids: $ids)\n  }\n': typeof types.RestoreActivitiesDocument;
  '\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityRow\n    }\n  }\n': typeof types.UpdateActivityDocument;
  '\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n': typeof types.AuditLogsDocument;
  '\n  query AuditModules {\n    auditModules\n  }\n': typeof types.AuditModulesDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation AddCampaignMembersByFilter($campaignId: ID!, $filter: CampaignCustomerFilter!) {\n    addCampaignMembersByFilter(campaignId: $campaignId, filter: $filter) {\n      added\n      skipped\n    }\n  }\n': typeof types.AddCampaignMembersByFilterDocument;
  '\n  mutation AddCampaignMembers($campaignId: ID!, $customerIds: [ID!]!) {\n    addCampaignMembers(campaignId: $campaignId, customerIds: $customerIds) {\n      added\n      skipped\n    }\n  }\n': typeof types.AddCampaignMembersDocument;
  '\n  query CampaignCharts($id: ID!) {\n    campaign(id: $id) {\n      id\n      ...CampaignFigures\n      timeline {\n        date\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n': typeof types.CampaignChartsDocument;
  '\n  fragment CampaignRow on Campaign {\n    id\n    code\n    name\n    type\n    status\n    startDate\n    endDate\n    canManage\n    memberCount\n    deletedAt\n    executor {\n      id\n      name\n    }\n    creator {\n      id\n      name\n    }\n  }\n': typeof types.CampaignRowFragmentDoc;
  '\n  fragment CampaignFigures on Campaign {\n    budget\n    expectedRevenue\n    actualRevenue\n    totalExpenses\n    stats {\n      registered\n      confirmed\n      joined\n      cancelled\n    }\n    statusCounts {\n      status\n      count\n    }\n  }\n': typeof types.CampaignFiguresFragmentDoc;
  '\n  fragment CampaignDetail on Campaign {\n    ...CampaignRow\n    description\n    goals\n    ...CampaignFigures\n    version\n    expenses {\n      item\n      amount\n      date\n    }\n    keyMap {\n      key\n      status\n    }\n  }\n': typeof types.CampaignDetailFragmentDoc;
  '\n  fragment CampaignMemberRow on CampaignMember {\n    id\n    status\n    joinedAt\n    customerId\n    customerName\n    customerCode\n    owner {\n      id\n      name\n    }\n    customer {\n      id\n      phone\n      email\n      officeAddress\n    }\n  }\n': typeof types.CampaignMemberRowFragmentDoc;
  '\n  query CampaignMemberCustomerIds($campaignId: ID!, $customerIds: [ID!]!) {\n    campaignMemberCustomerIds(campaignId: $campaignId, customerIds: $customerIds)\n  }\n': typeof types.CampaignMemberCustomerIdsDocument;
  '\n  query CampaignMembers(\n    $campaignId: ID!\n    $filter: CampaignMemberFilter\n    $orderBy: [CampaignMemberOrder!]\n    $first: Int\n    $after: String\n  ) {\n    campaignMembers(\n      campaignId: $campaignId\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignMemberRow\n      }\n    }\n  }\n': typeof types.CampaignMembersDocument;
  '\n  query CampaignOptions {\n    customerGroups {\n      id\n      name\n    }\n  }\n': typeof types.CampaignOptionsDocument;
  '\n  query CampaignOverview {\n    campaigns(first: 12, orderBy: [{ field: START_DATE, direction: DESC }]) {\n      nodes {\n        id\n        name\n        totalExpenses\n        actualRevenue\n        stats {\n          registered\n          confirmed\n          joined\n          cancelled\n        }\n      }\n    }\n  }\n': typeof types.CampaignOverviewDocument;
  '\n  mutation RestoreCampaigns($ids: [ID!]!) {\n    restoreCampaigns(ids: $ids)\n  }\n': typeof types.RestoreCampaignsDocument;
  '\n  mutation PurgeCampaigns($ids: [ID!]!) {\n    purgeCampaigns(ids: $ids)\n  }\n': typeof types.PurgeCampaignsDocument;
  '\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetail\n    }\n  }\n': typeof types.CampaignDocument;
  '\n  query Campaigns($filter: CampaignFilter, $orderBy: [CampaignOrder!], $first: Int, $after: String) {\n    campaigns(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignRow\n      }\n    }\n  }\n': typeof types.CampaignsDocument;
  '\n  mutation ChangeCampaignMemberStatus($memberIds: [ID!]!, $status: CampaignMemberStatus!) {\n    changeCampaignMemberStatus(memberIds: $memberIds, status: $status) {\n      id\n      status\n    }\n  }\n': typeof types.ChangeCampaignMemberStatusDocument;
  '\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetail\n    }\n  }\n': typeof types.CreateCampaignDocument;
  '\n  mutation DeleteCampaign($id: ID!, $confirm: Boolean) {\n    deleteCampaign(id: $id, confirm: $confirm)\n  }\n': typeof types.DeleteCampaignDocument;
  '\n  mutation DeleteCampaigns($ids: [ID!]!, $confirm: Boolean) {\n    deleteCampaigns(ids: $ids, confirm: $confirm)\n  }\n': typeof types.DeleteCampaignsDocument;
  '\n  query PickerCustomers($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        code\n        name\n        level\n        phone\n        email\n      }\n    }\n  }\n': typeof types.PickerCustomersDocument;
  '\n  mutation RegisterForCampaign($campaignCode: String!, $input: CampaignRegistrationInput!) {\n    registerForCampaign(campaignCode: $campaignCode, input: $input)\n  }\n': typeof types.RegisterForCampaignDocument;
  '\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignDetail\n    }\n  }\n': typeof types.UpdateCampaignDocument;
  '\n  query CareCards($filter: CareCardFilter, $orderBy: [CareCardOrder!], $first: Int, $after: String) {\n    careCards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CareCardRow\n      }\n    }\n  }\n': typeof types.CareCardsDocument;
  '\n  query CareCard($id: ID!) {\n    careCard(id: $id) {\n      ...CareCardRow\n      sharedWith {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CareCardDocument;
  '\n  query CareCardStats($filter: CareCardFilter) {\n    careCardStats(filter: $filter) {\n      field\n      buckets {\n        value\n        count\n      }\n    }\n  }\n': typeof types.CareCardStatsDocument;
  '\n  query CareOptions {\n    channels: categories(kind: CARE_CHANNEL) {\n      id\n      name\n    }\n    satisfactions: categories(kind: CARE_SATISFACTION) {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n': typeof types.CareOptionsDocument;
  '\n  mutation CreateCareCard($input: CreateCareCardInput!) {\n    createCareCard(input: $input) {\n      ...CareCardRow\n    }\n  }\n': typeof types.CreateCareCardDocument;
  '\n  mutation UpdateCareCard($id: ID!, $input: UpdateCareCardInput!) {\n    updateCareCard(id: $id, input: $input) {\n      ...CareCardRow\n    }\n  }\n': typeof types.UpdateCareCardDocument;
  '\n  mutation CloneCareCard($id: ID!) {\n    cloneCareCard(id: $id) {\n      id\n      code\n    }\n  }\n': typeof types.CloneCareCardDocument;
  '\n  mutation GenerateCareCard($orderId: ID!) {\n    generateCareCard(orderId: $orderId) {\n      id\n      code\n    }\n  }\n': typeof types.GenerateCareCardDocument;
  '\n  mutation GenerateFromCareCard($id: ID!, $to: CareTarget!) {\n    generateFromCareCard(id: $id, to: $to)\n  }\n': typeof types.GenerateFromCareCardDocument;
  '\n  mutation DeleteCareCards($ids: [ID!]!) {\n    deleteCareCards(ids: $ids)\n  }\n': typeof types.DeleteCareCardsDocument;
  '\n  mutation RestoreCareCards($ids: [ID!]!) {\n    restoreCareCards(ids: $ids)\n  }\n': typeof types.RestoreCareCardsDocument;
  '\n  mutation HandOverCareCards($ids: [ID!]!, $toUserId: ID!) {\n    handOverCareCards(ids: $ids, toUserId: $toUserId)\n  }\n': typeof types.HandOverCareCardsDocument;
  '\n  mutation ShareCareCards($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCareCards(ids: $ids, userIds: $userIds)\n  }\n': typeof types.ShareCareCardsDocument;
  '\n  mutation TagCareCards($ids: [ID!]!, $tags: [String!]!, $mode: GroupChangeMode!) {\n    tagCareCards(ids: $ids, tags: $tags, mode: $mode)\n  }\n': typeof types.TagCareCardsDocument;
  '\n  query CareSidePanel($customerId: ID!) {\n    activities(filter: { customerId: $customerId }, first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n      }\n    }\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      campaign {\n        id\n        code\n        name\n      }\n    }\n    customerSalesDocuments(customerId: $customerId, first: 20) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n        }\n        ... on Order {\n          id\n          number\n          date\n        }\n        ... on Invoice {\n          id\n          number\n          date\n        }\n      }\n    }\n    careCards(filter: { customerId: $customerId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        code\n        careDate\n        channel\n        satisfaction\n        result\n      }\n    }\n  }\n': typeof types.CareSidePanelDocument;
  '\n  fragment CareCardRow on CareCard {\n    id\n    code\n    orderNumber\n    careDate\n    channel\n    satisfaction\n    result\n    notes\n    tags\n    version\n    createdAt\n    customer {\n      id\n      code\n      name\n    }\n    order {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n': typeof types.CareCardRowFragmentDoc;
  '\n  fragment CompanyProfileAll on CompanyProfile {\n    name\n    taxCode\n    address\n    phone\n    email\n    website\n    bankAccount\n    bankName\n    representative\n    logoUrl\n    version\n  }\n': typeof types.CompanyProfileAllFragmentDoc;
  '\n  query CompanyProfile {\n    companyProfile {\n      ...CompanyProfileAll\n    }\n  }\n': typeof types.CompanyProfileDocument;
  '\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      ...CompanyProfileAll\n    }\n  }\n': typeof types.UpdateCompanyProfileDocument;
  '\n  query ContactCustomerOptions($search: String, $first: Int) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: $first) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n': typeof types.ContactCustomerOptionsDocument;
  '\n  query ContactCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n': typeof types.ContactCustomerDocument;
  '\n  query ContactFieldRules {\n    fieldRules(module: "contact") {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.ContactFieldRulesDocument;
  '\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    gender\n    mobile\n    email\n    birthday\n    address\n    isPrimary\n    notes\n    createdAt\n    deletedAt\n    version\n    status {\n      id\n      name\n    }\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n': typeof types.ContactRowFragmentDoc;
  '\n  query ContactStatuses {\n    categories(kind: CONTACT_STATUS) {\n      id\n      name\n    }\n  }\n': typeof types.ContactStatusesDocument;
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n': typeof types.ContactDocument;
  '\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n': typeof types.ContactsDocument;
  '\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactRow\n    }\n  }\n': typeof types.CreateContactDocument;
  '\n  mutation DeleteContacts($ids: [ID!]!) {\n    deleteContacts(ids: $ids)\n  }\n': typeof types.DeleteContactsDocument;
  '\n  mutation PurgeContacts($ids: [ID!]!) {\n    purgeContacts(ids: $ids)\n  }\n': typeof types.PurgeContactsDocument;
  '\n  mutation RestoreContacts($ids: [ID!]!) {\n    restoreContacts(ids: $ids)\n  }\n': typeof types.RestoreContactsDocument;
  '\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRow\n    }\n  }\n': typeof types.UpdateContactDocument;
  '\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      ...CategoryRow\n    }\n  }\n': typeof types.CreateCategoryDocument;
  '\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n': typeof types.DeleteCategoryDocument;
  '\n  query FieldRuleSettings($module: String!) {\n    fieldRuleFields(module: $module) {\n      field\n      label\n      canBeUnique\n    }\n    fieldRules(module: $module) {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.FieldRuleSettingsDocument;
  '\n  mutation SetFieldRules($module: String!, $rules: [FieldRuleInput!]!) {\n    setFieldRules(module: $module, rules: $rules) {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.SetFieldRulesDocument;
  '\n  fragment CategoryRow on Category {\n    id\n    kind\n    name\n    sortOrder\n  }\n': typeof types.CategoryRowFragmentDoc;
  '\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      ...CategoryRow\n    }\n  }\n': typeof types.SettingsCategoriesDocument;
  '\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      ...CategoryRow\n    }\n  }\n': typeof types.UpdateCategoryDocument;
  '\n  mutation ChangeCustomerGroups($ids: [ID!]!, $mode: GroupChangeMode!, $groupIds: [ID!]!) {\n    changeCustomerGroups(ids: $ids, mode: $mode, groupIds: $groupIds)\n  }\n': typeof types.ChangeCustomerGroupsDocument;
  '\n  mutation CloneCustomer($id: ID!) {\n    cloneCustomer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.CloneCustomerDocument;
  '\n  mutation CreateCustomerGroup($name: String!) {\n    createCustomerGroup(name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.CreateCustomerGroupDocument;
  '\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.CreateCustomerDocument;
  '\n  mutation CreateQuickActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      name\n      customers {\n        id\n        level\n      }\n    }\n  }\n': typeof types.CreateQuickActivityDocument;
  '\n  query CustomerActivities($customerId: ID!, $first: Int, $after: String) {\n    activities(filter: { customerId: $customerId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n        createdAt\n        assignee {\n          id\n          name\n        }\n        history {\n          id\n          kinds\n          description\n          at\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.CustomerActivitiesDocument;
  '\n  query CustomerCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      name\n      sortOrder\n    }\n  }\n': typeof types.CustomerCategoriesDocument;
  '\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CustomerContactsDocument;
  '\n  query CustomerFieldRules {\n    fieldRules(module: "customer") {\n      field\n      required\n      unique\n    }\n  }\n': typeof types.CustomerFieldRulesDocument;
  '\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    province\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n': typeof types.CustomerRowFragmentDoc;
  '\n  fragment CustomerDetail on Customer {\n    ...CustomerRow\n    fax\n    taxCode\n    website\n    businessAddress\n    foundedOn\n    description\n    updatedAt\n    industry {\n      id\n      name\n    }\n    scale {\n      id\n      name\n    }\n    source {\n      id\n      name\n    }\n    sharedWith {\n      id\n      name\n    }\n  }\n': typeof types.CustomerDetailFragmentDoc;
  '\n  query CustomerGroups {\n    customerGroups {\n      id\n      name\n    }\n  }\n': typeof types.CustomerGroupsDocument;
  '\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CustomerHistoryDocument;
  '\n  query CustomerLabels {\n    customerLabels\n  }\n': typeof types.CustomerLabelsDocument;
  '\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n      kind\n    }\n  }\n': typeof types.CustomerLevelCountsDocument;
  '\n  query CustomerLookup($search: String!, $first: Int) {\n    customerLookup(search: $search, first: $first) {\n      id\n      code\n      name\n      ownerName\n      officeAddress\n      businessAddress\n    }\n  }\n': typeof types.CustomerLookupDocument;
  '\n  query CustomerSystemParameters {\n    systemParameters {\n      customerCodeMode\n      customerCodePrefix\n      customerCodeWidth\n      createdDateMode\n    }\n  }\n': typeof types.CustomerSystemParametersDocument;
  '\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n': typeof types.CustomerTrashDocument;
  '\n  query CustomerUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n': typeof types.CustomerUserOptionsDocument;
  '\n  query CustomerViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n': typeof types.CustomerViewerDocument;
  '\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.CustomerDocument;
  '\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      countInfo {\n        value\n        kind\n      }\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n': typeof types.CustomersDocument;
  '\n  mutation DeleteCustomers($ids: [ID!]!) {\n    deleteCustomers(ids: $ids)\n  }\n': typeof types.DeleteCustomersDocument;
  '\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.OwnershipHistoryDocument;
  '\n  mutation PurgeCustomers($ids: [ID!]!) {\n    purgeCustomers(ids: $ids)\n  }\n': typeof types.PurgeCustomersDocument;
  '\n  mutation RestoreCustomers($ids: [ID!]!) {\n    restoreCustomers(ids: $ids)\n  }\n': typeof types.RestoreCustomersDocument;
  '\n  mutation ShareCustomers($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCustomers(ids: $ids, userIds: $userIds)\n  }\n': typeof types.ShareCustomersDocument;
  '\n  mutation TransferCustomers($ids: [ID!]!, $toUserId: ID!) {\n    transferCustomers(ids: $ids, toUserId: $toUserId)\n  }\n': typeof types.TransferCustomersDocument;
  '\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetail\n    }\n  }\n': typeof types.UpdateCustomerDocument;
  '\n  query CustomerCampaigns($customerId: ID!) {\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      joinedAt\n      campaign {\n        id\n        code\n        name\n        startDate\n        endDate\n      }\n    }\n  }\n': typeof types.CustomerCampaignsDocument;
  '\n  query CustomerSalesDocuments($customerId: ID!, $first: Int) {\n    customerSalesDocuments(customerId: $customerId, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n          stage\n          expectedValue\n          createdAt\n        }\n        ... on Quote {\n          id\n          number\n          date\n          quoteStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Order {\n          id\n          number\n          date\n          orderStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Contract {\n          id\n          number\n          signedOn\n          contractStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Invoice {\n          id\n          number\n          date\n          invoiceStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Receipt {\n          id\n          number\n          date\n          amount\n          createdAt\n        }\n      }\n    }\n  }\n': typeof types.CustomerSalesDocumentsDocument;
  '\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetail\n    }\n  }\n': typeof types.ImportJobDocument;
  '\n  fragment ImportJobDetail on ImportJob {\n    id\n    module\n    fileName\n    status\n    columns\n    suggestedMapping {\n      column\n      field\n    }\n    mapping {\n      column\n      field\n    }\n    fields {\n      field\n      label\n      required\n    }\n    mode\n    dryRun\n    convertOldMobilePrefixes\n    totalRows\n    processedRows\n    created\n    updated\n    skipped\n    failed\n    resumable\n    failureMessage\n    errors(first: 20) {\n      row\n      field\n      message\n    }\n    createdAt\n    finishedAt\n  }\n': typeof types.ImportJobDetailFragmentDoc;
  '\n  query ImportJobs($filter: ImportJobFilter, $first: Int, $after: String) {\n    importJobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        module\n        fileName\n        status\n        mode\n        dryRun\n        totalRows\n        created\n        updated\n        skipped\n        failed\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ImportJobsDocument;
  '\n  mutation RunImport(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]\n    $mode: ImportMode!\n    $dryRun: Boolean\n    $convertOldMobilePrefixes: Boolean\n  ) {\n    runImport(\n      jobId: $jobId\n      mapping: $mapping\n      mode: $mode\n      dryRun: $dryRun\n      convertOldMobilePrefixes: $convertOldMobilePrefixes\n    ) {\n      ...ImportJobDetail\n    }\n  }\n': typeof types.RunImportDocument;
  '\n  fragment ContractRow on Contract {\n    id\n    number\n    signedOn\n    validTo\n    signed\n    status\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n': typeof types.ContractRowFragmentDoc;
  '\n  query MoneyContracts($filter: ContractFilter, $orderBy: [ContractOrder!], $first: Int, $after: String) {\n    contracts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContractRow\n      }\n    }\n  }\n': typeof types.MoneyContractsDocument;
  '\n  query MoneyContract($id: ID!) {\n    contract(id: $id) {\n      ...ContractRow\n      validFrom\n      version\n      customer {\n        level\n      }\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n      instalments {\n        id\n        position\n        dueDate\n        amount\n        received\n        outstanding\n      }\n    }\n  }\n': typeof types.MoneyContractDocument;
  '\n  mutation MoneyCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n': typeof types.MoneyCreateContractDocument;
  '\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    date\n    dueDate\n    status\n    customer {\n      id\n      name\n    }\n    contract {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n': typeof types.InvoiceRowFragmentDoc;
  '\n  query MoneyInvoices($filter: InvoiceFilter, $orderBy: [InvoiceOrder!], $first: Int, $after: String) {\n    invoices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n': typeof types.MoneyInvoicesDocument;
  '\n  query MoneyInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      version\n      buyerName\n      buyerTaxCode\n      buyerAddress\n      cancelReason\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n    }\n  }\n': typeof types.MoneyInvoiceDocument;
  '\n  mutation MoneyCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      number\n    }\n  }\n': typeof types.MoneyCreateInvoiceDocument;
  '\n  fragment InvoiceState on Invoice {\n    id\n    status\n    version\n    received\n    outstanding\n    buyerName\n    buyerTaxCode\n    buyerAddress\n    cancelReason\n  }\n': typeof types.InvoiceStateFragmentDoc;
  '\n  mutation MoneyIssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceState\n    }\n  }\n': typeof types.MoneyIssueInvoiceDocument;
  '\n  mutation MoneyCancelInvoice($id: ID!, $version: Int!, $reason: String!) {\n    cancelInvoice(id: $id, version: $version, reason: $reason) {\n      ...InvoiceState\n    }\n  }\n': typeof types.MoneyCancelInvoiceDocument;
  '\n  query MoneyPayableDocuments($customerId: ID!) {\n    invoices(\n      filter: { customerId: $customerId, unpaidOnly: true }\n      orderBy: [{ field: DATE, direction: ASC }]\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    orders(\n      filter: {\n        customerId: $customerId\n        paymentStatuses: [UNPAID, PARTIAL]\n        statuses: [NEW, PROCESSING, DELIVERED]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    contracts(\n      filter: { customerId: $customerId, statuses: [DRAFT, ACTIVE, COMPLETED, LIQUIDATED] }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        instalments {\n          id\n          position\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n': typeof types.MoneyPayableDocumentsDocument;
  '\n  fragment ReceiptRow on Receipt {\n    id\n    number\n    date\n    amount\n    method\n    note\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    allocations {\n      id\n      amount\n      invoice {\n        id\n        number\n      }\n      order {\n        id\n        number\n      }\n      instalment {\n        id\n        position\n        contractId\n      }\n    }\n  }\n': typeof types.ReceiptRowFragmentDoc;
  '\n  mutation MoneyCreateReceipt($input: CreateReceiptInput!) {\n    createReceipt(input: $input) {\n      id\n      number\n    }\n  }\n': typeof types.MoneyCreateReceiptDocument;
  '\n  query MoneyReceipt($id: ID!) {\n    receipt(id: $id) {\n      ...ReceiptRow\n      version\n      allocations {\n        id\n        invoice {\n          id\n          date\n          outstanding\n        }\n        order {\n          id\n          date\n          outstanding\n        }\n        instalment {\n          id\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n': typeof types.MoneyReceiptDocument;
  '\n  mutation MoneyUpdateReceipt($id: ID!, $input: UpdateReceiptInput!) {\n    updateReceipt(id: $id, input: $input) {\n      ...ReceiptRow\n      version\n    }\n  }\n': typeof types.MoneyUpdateReceiptDocument;
  '\n  query MoneyReceiptHistory($recordId: String!) {\n    auditLogs(filter: { recordId: $recordId }, first: 50) {\n      nodes {\n        id\n        at\n        description\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MoneyReceiptHistoryDocument;
  '\n  mutation MoneyDeleteReceipts($ids: [ID!]!) {\n    deleteReceipts(ids: $ids)\n  }\n': typeof types.MoneyDeleteReceiptsDocument;
  '\n  fragment DebtParts on Debt {\n    invoiced\n    received\n    outstanding\n    overdue\n    buckets {\n      label\n      amount\n    }\n  }\n': typeof types.DebtPartsFragmentDoc;
  '\n  query MoneyDebts($filter: DebtFilter, $first: Int, $after: String) {\n    debts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        customer {\n          id\n          code\n          name\n        }\n        ...DebtParts\n      }\n    }\n  }\n': typeof types.MoneyDebtsDocument;
  '\n  query MoneyCustomerDebt($customerId: ID!) {\n    customerDebt(customerId: $customerId) {\n      ...DebtParts\n    }\n  }\n': typeof types.MoneyCustomerDebtDocument;
  '\n  fragment OrderRow on Order {\n    id\n    number\n    date\n    deliveryDate\n    status\n    paymentStatus\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n': typeof types.OrderRowFragmentDoc;
  '\n  fragment OrderMoney on Order {\n    ...OrderRow\n    deliveryAddress\n    notes\n    version\n    customer {\n      level\n    }\n    contact {\n      id\n      name\n    }\n    quote {\n      id\n      number\n    }\n    contract {\n      id\n      number\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n  }\n': typeof types.OrderMoneyFragmentDoc;
  '\n  query MoneyOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderMoney\n    }\n  }\n': typeof types.MoneyOrderDocument;
  '\n  mutation MoneyCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      number\n    }\n  }\n': typeof types.MoneyCreateOrderDocument;
  '\n  mutation MoneyUpdateOrder($id: ID!, $input: UpdateOrderInput!) {\n    updateOrder(id: $id, input: $input) {\n      ...OrderMoney\n    }\n  }\n': typeof types.MoneyUpdateOrderDocument;
  '\n  mutation MoneyDeleteOrders($ids: [ID!]!) {\n    deleteOrders(ids: $ids)\n  }\n': typeof types.MoneyDeleteOrdersDocument;
  '\n  fragment SystemParametersAll on SystemParameters {\n    companyName\n    senderEmail\n    customerCodeMode\n    customerCodePrefix\n    customerCodeWidth\n    createdDateMode\n    taskReminderDays\n    anniversaryReminderDays\n    contactBirthdayReminderDays\n    contractExpiryReminderDays\n    paymentReminderDays\n    smtpHost\n    smtpPort\n    smtpSecure\n    smtpUser\n    smtpPasswordSet\n    version\n  }\n': typeof types.SystemParametersAllFragmentDoc;
  '\n  query Parameters {\n    systemParameters {\n      ...SystemParametersAll\n    }\n  }\n': typeof types.ParametersDocument;
  '\n  mutation UpdateParameters($input: SystemParametersInput!) {\n    updateSystemParameters(input: $input) {\n      ...SystemParametersAll\n    }\n  }\n': typeof types.UpdateParametersDocument;
  '\n  query Reminders {\n    reminders {\n      kind\n      date\n      recordId\n      title\n      subtitle\n      email\n    }\n  }\n': typeof types.RemindersDocument;
  '\n  mutation SendGreeting($kind: ReminderKind!, $recordId: ID!, $subject: String!, $body: String!) {\n    sendGreeting(kind: $kind, recordId: $recordId, subject: $subject, body: $body) {\n      id\n      status\n      toAddress\n    }\n  }\n': typeof types.SendGreetingDocument;
  '\n  mutation CopyKpiTargets($month: String!) {\n    copyKpiTargets(month: $month) {\n      id\n    }\n  }\n': typeof types.CopyKpiTargetsDocument;
  '\n  query Dashboard($from: Date!, $to: Date!) {\n    dashboard(from: $from, to: $to) {\n      from\n      to\n      levelCounts {\n        level\n        count\n        kind\n      }\n      newCustomers\n      pipeline {\n        stage\n        count\n        value\n      }\n      revenueByMonth {\n        month\n        invoiced\n        received\n      }\n      overdueDebt\n      debtAging {\n        bucket\n        amount\n        count\n      }\n      activitiesDone {\n        userId\n        count\n        user {\n          id\n          name\n        }\n      }\n      campaignStatusCounts {\n        status\n        count\n      }\n      campaignTotals {\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  query KpiReport($month: String!, $by: KpiSubject!) {\n    kpiReport(month: $month, by: $by) {\n      subjectId\n      subjectName\n      metric\n      target\n      actual\n      percent\n    }\n  }\n': typeof types.KpiReportDocument;
  '\n  query ReportDepartments {\n    departments {\n      id\n      name\n    }\n  }\n': typeof types.ReportDepartmentsDocument;
  '\n  mutation SetKpiTargets($month: String!, $targets: [KpiTargetInput!]!) {\n    setKpiTargets(month: $month, targets: $targets) {\n      id\n    }\n  }\n': typeof types.SetKpiTargetsDocument;
  '\n  query TaskStatistics($from: Date!, $to: Date!, $departmentId: ID) {\n    taskStatistics(from: $from, to: $to, departmentId: $departmentId) {\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      planned\n      inProgress\n      done\n      cancelled\n      overdue\n      total\n    }\n  }\n': typeof types.TaskStatisticsDocument;
  '\n  mutation ConvertQuote($id: ID!, $to: DocumentTarget!) {\n    convertQuote(id: $id, to: $to) {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n': typeof types.ConvertQuoteDocument;
  '\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunityRow\n    }\n  }\n': typeof types.CreateOpportunityDocument;
  '\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...ProductRow\n    }\n  }\n': typeof types.CreateProductDocument;
  '\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteDetail\n    }\n  }\n': typeof types.CreateQuoteDocument;
  '\n  mutation DeleteOpportunities($ids: [ID!]!) {\n    deleteOpportunities(ids: $ids)\n  }\n': typeof types.DeleteOpportunitiesDocument;
  '\n  mutation DeleteProducts($ids: [ID!]!) {\n    deleteProducts(ids: $ids)\n  }\n': typeof types.DeleteProductsDocument;
  '\n  mutation DeleteQuotes($ids: [ID!]!) {\n    deleteQuotes(ids: $ids)\n  }\n': typeof types.DeleteQuotesDocument;
  '\n  query DocumentNumbering {\n    documentNumbering {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n': typeof types.DocumentNumberingDocument;
  '\n  fragment ProductRow on Product {\n    id\n    code\n    name\n    kind\n    unit\n    price\n    vatRate\n    active\n    description\n    version\n    createdAt\n    deletedAt\n    group {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n': typeof types.ProductRowFragmentDoc;
  '\n  fragment OpportunityRow on Opportunity {\n    id\n    code\n    name\n    stage\n    probability\n    expectedValue\n    expectedCloseDate\n    lostReason\n    version\n    createdAt\n    deletedAt\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n': typeof types.OpportunityRowFragmentDoc;
  '\n  fragment DocumentTotalsParts on DocumentTotals {\n    amount\n    discount\n    vat\n    total\n    inWords\n    vatByRate {\n      rate\n      base\n      vat\n    }\n  }\n': typeof types.DocumentTotalsPartsFragmentDoc;
  '\n  fragment DocumentLineParts on DocumentLine {\n    id\n    position\n    productName\n    unit\n    quantity\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    amount\n    discount\n    vat\n    total\n    product {\n      id\n      code\n    }\n  }\n': typeof types.DocumentLinePartsFragmentDoc;
  '\n  fragment QuoteRow on Quote {\n    id\n    number\n    date\n    validUntil\n    status\n    version\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    deletedAt\n  }\n': typeof types.QuoteRowFragmentDoc;
  '\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    terms\n    contact {\n      id\n      name\n    }\n    opportunity {\n      id\n      code\n      name\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n    convertedTo {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n': typeof types.QuoteDetailFragmentDoc;
  '\n  mutation MoveOpportunity($id: ID!, $stage: OpportunityStage!, $version: Int!, $lostReason: String) {\n    moveOpportunity(id: $id, stage: $stage, version: $version, lostReason: $lostReason) {\n      ...OpportunityRow\n    }\n  }\n': typeof types.MoveOpportunityDocument;
  '\n  query Opportunities(\n    $filter: OpportunityFilter\n    $orderBy: [OpportunityOrder!]\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n': typeof types.OpportunitiesDocument;
  '\n  query OpportunityBoard($filter: OpportunityFilter, $first: Int) {\n    opportunityPipeline(filter: $filter) {\n      stage\n      count\n      value\n    }\n    needsAnalysis: opportunities(\n      filter: { stages: [NEEDS_ANALYSIS] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    proposal: opportunities(\n      filter: { stages: [PROPOSAL] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    negotiation: opportunities(\n      filter: { stages: [NEGOTIATION] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    won: opportunities(\n      filter: { stages: [WON] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    lost: opportunities(\n      filter: { stages: [LOST] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n': typeof types.OpportunityBoardDocument;
  '\n  query OpportunitySources {\n    categories(kind: SOURCE) {\n      id\n      name\n    }\n  }\n': typeof types.OpportunitySourcesDocument;
  '\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityRow\n      description\n      contact {\n        id\n        name\n      }\n      source {\n        id\n        name\n      }\n      quotes {\n        ...QuoteRow\n      }\n    }\n  }\n': typeof types.OpportunityDocument;
  '\n  mutation RestoreOrders($ids: [ID!]!) {\n    restoreOrders(ids: $ids)\n  }\n': typeof types.RestoreOrdersDocument;
  '\n  mutation PurgeOrders($ids: [ID!]!) {\n    purgeOrders(ids: $ids)\n  }\n': typeof types.PurgeOrdersDocument;
  '\n  query MoneyOrders($filter: OrderFilter, $orderBy: [OrderOrder!], $first: Int, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OrderRow\n      }\n    }\n  }\n': typeof types.MoneyOrdersDocument;
  '\n  query ProductGroups {\n    categories(kind: PRODUCT_GROUP) {\n      id\n      name\n    }\n  }\n': typeof types.ProductGroupsDocument;
  '\n  query ProductOptions($search: String) {\n    products(\n      filter: { search: $search, active: true }\n      orderBy: [{ field: CODE, direction: ASC }]\n      first: 20\n    ) {\n      nodes {\n        id\n        code\n        name\n        unit\n        price\n        vatRate\n      }\n    }\n  }\n': typeof types.ProductOptionsDocument;
  '\n  query Product($id: ID!) {\n    product(id: $id) {\n      ...ProductRow\n    }\n  }\n': typeof types.ProductDocument;
  '\n  query Products($filter: ProductFilter, $orderBy: [ProductOrder!], $first: Int, $after: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ProductRow\n      }\n    }\n  }\n': typeof types.ProductsDocument;
  '\n  mutation PurgeOpportunities($ids: [ID!]!) {\n    purgeOpportunities(ids: $ids)\n  }\n': typeof types.PurgeOpportunitiesDocument;
  '\n  mutation PurgeProducts($ids: [ID!]!) {\n    purgeProducts(ids: $ids)\n  }\n': typeof types.PurgeProductsDocument;
  '\n  mutation PurgeQuotes($ids: [ID!]!) {\n    purgeQuotes(ids: $ids)\n  }\n': typeof types.PurgeQuotesDocument;
  '\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n': typeof types.QuoteDocument;
  '\n  query Quotes($filter: QuoteFilter, $orderBy: [QuoteOrder!], $first: Int, $after: String) {\n    quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...QuoteRow\n      }\n    }\n  }\n': typeof types.QuotesDocument;
  '\n  mutation RestoreReceipts($ids: [ID!]!) {\n    restoreReceipts(ids: $ids)\n  }\n': typeof types.RestoreReceiptsDocument;
  '\n  mutation PurgeReceipts($ids: [ID!]!) {\n    purgeReceipts(ids: $ids)\n  }\n': typeof types.PurgeReceiptsDocument;
  '\n  query MoneyReceipts($filter: ReceiptFilter, $orderBy: [ReceiptOrder!], $first: Int, $after: String) {\n    receipts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ReceiptRow\n      }\n    }\n  }\n': typeof types.MoneyReceiptsDocument;
  '\n  mutation RestoreOpportunities($ids: [ID!]!) {\n    restoreOpportunities(ids: $ids)\n  }\n': typeof types.RestoreOpportunitiesDocument;
  '\n  mutation RestoreProducts($ids: [ID!]!) {\n    restoreProducts(ids: $ids)\n  }\n': typeof types.RestoreProductsDocument;
  '\n  mutation RestoreQuotes($ids: [ID!]!) {\n    restoreQuotes(ids: $ids)\n  }\n': typeof types.RestoreQuotesDocument;
  '\n  query SalesCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n      contacts(first: 50) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n    opportunities(filter: { customerId: $id }, first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n': typeof types.SalesCustomerDocument;
  '\n  query SalesViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n': typeof types.SalesViewerDocument;
  '\n  mutation SetQuoteStatus($id: ID!, $status: QuoteStatus!, $version: Int!) {\n    setQuoteStatus(id: $id, status: $status, version: $version) {\n      ...QuoteDetail\n    }\n  }\n': typeof types.SetQuoteStatusDocument;
  '\n  mutation UpdateDocumentNumbering($kind: DocumentKind!, $prefix: String!, $width: Int!) {\n    updateDocumentNumbering(kind: $kind, prefix: $prefix, width: $width) {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n': typeof types.UpdateDocumentNumberingDocument;
  '\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) {\n      ...OpportunityRow\n    }\n  }\n': typeof types.UpdateOpportunityDocument;
  '\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductRow\n    }\n  }\n': typeof types.UpdateProductDocument;
  '\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n': typeof types.UpdateQuoteDocument;
  '\n  mutation CreateDepartment($name: String!) {\n    createDepartment(name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.CreateDepartmentDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  query Departments {\n    departments {\n      id\n      name\n    }\n  }\n': typeof types.DepartmentsDocument;
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    birthday\n    createdAt\n    version\n    department {\n      id\n      name\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.UserDocument;
  '\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  query CustomerOptions($search: String) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: 20) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n': typeof types.CustomerOptionsDocument;
  '\n  query CustomerOption($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n': typeof types.CustomerOptionDocument;
  '\n  query UserOptions($active: Boolean) {\n    users(filter: { active: $active }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n': typeof types.UserOptionsDocument;
  '\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MeDocument;
};
const documents: Documents = {
  '\n  fragment ListPageParts on PageInfo {\n    hasNextPage\n    endCursor\n  }\n':
    types.ListPagePartsFragmentDoc,
  '\n  query ExportJobs {\n    exportJobs {\n      id\n      module\n      fileName\n      status\n      totalRows\n      processedRows\n      error\n      downloadUrl\n      createdAt\n      finishedAt\n    }\n  }\n':
    types.ExportJobsDocument,
  '\n  query SavedViews($module: String!) {\n    savedViews(module: $module) {\n      id\n      module\n      name\n      filter\n      columns\n      orderBy\n      shared\n      isDefault\n      droppedFilters\n      owner {\n        id\n        name\n      }\n    }\n  }\n':
    types.SavedViewsDocument,
  '\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.SaveViewDocument,
  '\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n': types.DeleteViewDocument,
  '\n  mutation SetDefaultView($module: String!, $id: ID) {\n    setDefaultView(module: $module, id: $id)\n  }\n':
    types.SetDefaultViewDocument,
  '\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n':
    types.ApiTokensDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n': types.RevokeApiTokenDocument,
  '\n  mutation UpdateMyPreferences($language: Language!) {\n    updateMyPreferences(language: $language) {\n      id\n      language\n    }\n  }\n':
    types.UpdateMyPreferencesDocument,
  '\n  query Activities($filter: ActivityFilter, $orderBy: [ActivityOrder!], $first: Int, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ActivityRow\n      }\n    }\n  }\n':
    types.ActivitiesDocument,
  '\n  query ActivityCustomerOptions($search: String) {\n    customers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n':
    types.ActivityCustomerOptionsDocument,
  '\n  query ActivityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n':
    types.ActivityCustomerDocument,
  '\n  fragment ActivityRow on Activity {\n    id\n    name\n    type\n    status\n    priority\n    description\n    startAt\n    dueAt\n    createdAt\n    version\n    commentCount\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    customers {\n      id\n      code\n      name\n      level\n    }\n  }\n':
    types.ActivityRowFragmentDoc,
  '\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        kinds\n        description\n        changes\n        at\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ActivityDocument,
  '\n  mutation AddActivityComment($activityId: ID!, $body: String!) {\n    addActivityComment(activityId: $activityId, body: $body) {\n      id\n    }\n  }\n':
    types.AddActivityCommentDocument,
  '\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n':
    types.CreateActivityDocument,
  '\n  mutation DeleteActivities($ids: [ID!]!) {\n    deleteActivities(ids: $ids)\n  }\n':
    types.DeleteActivitiesDocument,
  '\n  mutation RestoreActivities($ids: [ID!]!) {\n    restoreActivities(ids: $ids)\n  }\n':
    types.RestoreActivitiesDocument,
  '\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityRow\n    }\n  }\n':
    types.UpdateActivityDocument,
  '\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n':
    types.AuditLogsDocument,
  '\n  query AuditModules {\n    auditModules\n  }\n': types.AuditModulesDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation AddCampaignMembersByFilter($campaignId: ID!, $filter: CampaignCustomerFilter!) {\n    addCampaignMembersByFilter(campaignId: $campaignId, filter: $filter) {\n      added\n      skipped\n    }\n  }\n':
    types.AddCampaignMembersByFilterDocument,
  '\n  mutation AddCampaignMembers($campaignId: ID!, $customerIds: [ID!]!) {\n    addCampaignMembers(campaignId: $campaignId, customerIds: $customerIds) {\n      added\n      skipped\n    }\n  }\n':
    types.AddCampaignMembersDocument,
  '\n  query CampaignCharts($id: ID!) {\n    campaign(id: $id) {\n      id\n      ...CampaignFigures\n      timeline {\n        date\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n':
    types.CampaignChartsDocument,
  '\n  fragment CampaignRow on Campaign {\n    id\n    code\n    name\n    type\n    status\n    startDate\n    endDate\n    canManage\n    memberCount\n    deletedAt\n    executor {\n      id\n      name\n    }\n    creator {\n      id\n      name\n    }\n  }\n':
    types.CampaignRowFragmentDoc,
  '\n  fragment CampaignFigures on Campaign {\n    budget\n    expectedRevenue\n    actualRevenue\n    totalExpenses\n    stats {\n      registered\n      confirmed\n      joined\n      cancelled\n    }\n    statusCounts {\n      status\n      count\n    }\n  }\n':
    types.CampaignFiguresFragmentDoc,
  '\n  fragment CampaignDetail on Campaign {\n    ...CampaignRow\n    description\n    goals\n    ...CampaignFigures\n    version\n    expenses {\n      item\n      amount\n      date\n    }\n    keyMap {\n      key\n      status\n    }\n  }\n':
    types.CampaignDetailFragmentDoc,
  '\n  fragment CampaignMemberRow on CampaignMember {\n    id\n    status\n    joinedAt\n    customerId\n    customerName\n    customerCode\n    owner {\n      id\n      name\n    }\n    customer {\n      id\n      phone\n      email\n      officeAddress\n    }\n  }\n':
    types.CampaignMemberRowFragmentDoc,
  '\n  query CampaignMemberCustomerIds($campaignId: ID!, $customerIds: [ID!]!) {\n    campaignMemberCustomerIds(campaignId: $campaignId, customerIds: $customerIds)\n  }\n':
    types.CampaignMemberCustomerIdsDocument,
  '\n  query CampaignMembers(\n    $campaignId: ID!\n    $filter: CampaignMemberFilter\n    $orderBy: [CampaignMemberOrder!]\n    $first: Int\n    $after: String\n  ) {\n    campaignMembers(\n      campaignId: $campaignId\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignMemberRow\n      }\n    }\n  }\n':
    types.CampaignMembersDocument,
  '\n  query CampaignOptions {\n    customerGroups {\n      id\n      name\n    }\n  }\n':
    types.CampaignOptionsDocument,
  '\n  query CampaignOverview {\n    campaigns(first: 12, orderBy: [{ field: START_DATE, direction: DESC }]) {\n      nodes {\n        id\n        name\n        totalExpenses\n        actualRevenue\n        stats {\n          registered\n          confirmed\n          joined\n          cancelled\n        }\n      }\n    }\n  }\n':
    types.CampaignOverviewDocument,
  '\n  mutation RestoreCampaigns($ids: [ID!]!) {\n    restoreCampaigns(ids: $ids)\n  }\n':
    types.RestoreCampaignsDocument,
  '\n  mutation PurgeCampaigns($ids: [ID!]!) {\n    purgeCampaigns(ids: $ids)\n  }\n':
    types.PurgeCampaignsDocument,
  '\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetail\n    }\n  }\n':
    types.CampaignDocument,
  '\n  query Campaigns($filter: CampaignFilter, $orderBy: [CampaignOrder!], $first: Int, $after: String) {\n    campaigns(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignRow\n      }\n    }\n  }\n':
    types.CampaignsDocument,
  '\n  mutation ChangeCampaignMemberStatus($memberIds: [ID!]!, $status: CampaignMemberStatus!) {\n    changeCampaignMemberStatus(memberIds: $memberIds, status: $status) {\n      id\n      status\n    }\n  }\n':
    types.ChangeCampaignMemberStatusDocument,
  '\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetail\n    }\n  }\n':
    types.CreateCampaignDocument,
  '\n  mutation DeleteCampaign($id: ID!, $confirm: Boolean) {\n    deleteCampaign(id: $id, confirm: $confirm)\n  }\n':
    types.DeleteCampaignDocument,
  '\n  mutation DeleteCampaigns($ids: [ID!]!, $confirm: Boolean) {\n    deleteCampaigns(ids: $ids, confirm: $confirm)\n  }\n':
    types.DeleteCampaignsDocument,
  '\n  query PickerCustomers($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        code\n        name\n        level\n        phone\n        email\n      }\n    }\n  }\n':
    types.PickerCustomersDocument,
  '\n  mutation RegisterForCampaign($campaignCode: String!, $input: CampaignRegistrationInput!) {\n    registerForCampaign(campaignCode: $campaignCode, input: $input)\n  }\n':
    types.RegisterForCampaignDocument,
  '\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignDetail\n    }\n  }\n':
    types.UpdateCampaignDocument,
  '\n  query CareCards($filter: CareCardFilter, $orderBy: [CareCardOrder!], $first: Int, $after: String) {\n    careCards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CareCardRow\n      }\n    }\n  }\n':
    types.CareCardsDocument,
  '\n  query CareCard($id: ID!) {\n    careCard(id: $id) {\n      ...CareCardRow\n      sharedWith {\n        id\n        name\n      }\n    }\n  }\n':
    types.CareCardDocument,
  '\n  query CareCardStats($filter: CareCardFilter) {\n    careCardStats(filter: $filter) {\n      field\n      buckets {\n        value\n        count\n      }\n    }\n  }\n':
    types.CareCardStatsDocument,
  '\n  query CareOptions {\n    channels: categories(kind: CARE_CHANNEL) {\n      id\n      name\n    }\n    satisfactions: categories(kind: CARE_SATISFACTION) {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n':
    types.CareOptionsDocument,
  '\n  mutation CreateCareCard($input: CreateCareCardInput!) {\n    createCareCard(input: $input) {\n      ...CareCardRow\n    }\n  }\n':
    types.CreateCareCardDocument,
  '\n  mutation UpdateCareCard($id: ID!, $input: UpdateCareCardInput!) {\n    updateCareCard(id: $id, input: $input) {\n      ...CareCardRow\n    }\n  }\n':
    types.UpdateCareCardDocument,
  '\n  mutation CloneCareCard($id: ID!) {\n    cloneCareCard(id: $id) {\n      id\n      code\n    }\n  }\n':
    types.CloneCareCardDocument,
  '\n  mutation GenerateCareCard($orderId: ID!) {\n    generateCareCard(orderId: $orderId) {\n      id\n      code\n    }\n  }\n':
    types.GenerateCareCardDocument,
  '\n  mutation GenerateFromCareCard($id: ID!, $to: CareTarget!) {\n    generateFromCareCard(id: $id, to: $to)\n  }\n':
    types.GenerateFromCareCardDocument,
  '\n  mutation DeleteCareCards($ids: [ID!]!) {\n    deleteCareCards(ids: $ids)\n  }\n':
    types.DeleteCareCardsDocument,
  '\n  mutation RestoreCareCards($ids: [ID!]!) {\n    restoreCareCards(ids: $ids)\n  }\n':
    types.RestoreCareCardsDocument,
  '\n  mutation HandOverCareCards($ids: [ID!]!, $toUserId: ID!) {\n    handOverCareCards(ids: $ids, toUserId: $toUserId)\n  }\n':
    types.HandOverCareCardsDocument,
  '\n  mutation ShareCareCards($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCareCards(ids: $ids, userIds: $userIds)\n  }\n':
    types.ShareCareCardsDocument,
  '\n  mutation TagCareCards($ids: [ID!]!, $tags: [String!]!, $mode: GroupChangeMode!) {\n    tagCareCards(ids: $ids, tags: $tags, mode: $mode)\n  }\n':
    types.TagCareCardsDocument,
  '\n  query CareSidePanel($customerId: ID!) {\n    activities(filter: { customerId: $customerId }, first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n      }\n    }\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      campaign {\n        id\n        code\n        name\n      }\n    }\n    customerSalesDocuments(customerId: $customerId, first: 20) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n        }\n        ... on Order {\n          id\n          number\n          date\n        }\n        ... on Invoice {\n          id\n          number\n          date\n        }\n      }\n    }\n    careCards(filter: { customerId: $customerId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        code\n        careDate\n        channel\n        satisfaction\n        result\n      }\n    }\n  }\n':
    types.CareSidePanelDocument,
  '\n  fragment CareCardRow on CareCard {\n    id\n    code\n    orderNumber\n    careDate\n    channel\n    satisfaction\n    result\n    notes\n    tags\n    version\n    createdAt\n    customer {\n      id\n      code\n      name\n    }\n    order {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n':
    types.CareCardRowFragmentDoc,
  '\n  fragment CompanyProfileAll on CompanyProfile {\n    name\n    taxCode\n    address\n    phone\n    email\n    website\n    bankAccount\n    bankName\n    representative\n    logoUrl\n    version\n  }\n':
    types.CompanyProfileAllFragmentDoc,
  '\n  query CompanyProfile {\n    companyProfile {\n      ...CompanyProfileAll\n    }\n  }\n':
    types.CompanyProfileDocument,
  '\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      ...CompanyProfileAll\n    }\n  }\n':
    types.UpdateCompanyProfileDocument,
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
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n':
    types.ContactDocument,
  '\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n':
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
  '\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      ...CategoryRow\n    }\n  }\n':
    types.CreateCategoryDocument,
  '\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n': types.DeleteCategoryDocument,
  '\n  query FieldRuleSettings($module: String!) {\n    fieldRuleFields(module: $module) {\n      field\n      label\n      canBeUnique\n    }\n    fieldRules(module: $module) {\n      field\n      required\n      unique\n    }\n  }\n':
    types.FieldRuleSettingsDocument,
  '\n  mutation SetFieldRules($module: String!, $rules: [FieldRuleInput!]!) {\n    setFieldRules(module: $module, rules: $rules) {\n      field\n      required\n      unique\n    }\n  }\n':
    types.SetFieldRulesDocument,
  '\n  fragment CategoryRow on Category {\n    id\n    kind\n    name\n    sortOrder\n  }\n':
    types.CategoryRowFragmentDoc,
  '\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      ...CategoryRow\n    }\n  }\n':
    types.SettingsCategoriesDocument,
  '\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      ...CategoryRow\n    }\n  }\n':
    types.UpdateCategoryDocument,
  '\n  mutation ChangeCustomerGroups($ids: [ID!]!, $mode: GroupChangeMode!, $groupIds: [ID!]!) {\n    changeCustomerGroups(ids: $ids, mode: $mode, groupIds: $groupIds)\n  }\n':
    types.ChangeCustomerGroupsDocument,
  '\n  mutation CloneCustomer($id: ID!) {\n    cloneCustomer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n':
    types.CloneCustomerDocument,
  '\n  mutation CreateCustomerGroup($name: String!) {\n    createCustomerGroup(name: $name) {\n      id\n      name\n    }\n  }\n':
    types.CreateCustomerGroupDocument,
  '\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerDetail\n    }\n  }\n':
    types.CreateCustomerDocument,
  '\n  mutation CreateQuickActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      name\n      customers {\n        id\n        level\n      }\n    }\n  }\n':
    types.CreateQuickActivityDocument,
  '\n  query CustomerActivities($customerId: ID!, $first: Int, $after: String) {\n    activities(filter: { customerId: $customerId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n        createdAt\n        assignee {\n          id\n          name\n        }\n        history {\n          id\n          kinds\n          description\n          at\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.CustomerActivitiesDocument,
  '\n  query CustomerCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      id\n      name\n      sortOrder\n    }\n  }\n':
    types.CustomerCategoriesDocument,
  '\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CustomerContactsDocument,
  '\n  query CustomerFieldRules {\n    fieldRules(module: "customer") {\n      field\n      required\n      unique\n    }\n  }\n':
    types.CustomerFieldRulesDocument,
  '\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    province\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n':
    types.CustomerRowFragmentDoc,
  '\n  fragment CustomerDetail on Customer {\n    ...CustomerRow\n    fax\n    taxCode\n    website\n    businessAddress\n    foundedOn\n    description\n    updatedAt\n    industry {\n      id\n      name\n    }\n    scale {\n      id\n      name\n    }\n    source {\n      id\n      name\n    }\n    sharedWith {\n      id\n      name\n    }\n  }\n':
    types.CustomerDetailFragmentDoc,
  '\n  query CustomerGroups {\n    customerGroups {\n      id\n      name\n    }\n  }\n':
    types.CustomerGroupsDocument,
  '\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CustomerHistoryDocument,
  '\n  query CustomerLabels {\n    customerLabels\n  }\n': types.CustomerLabelsDocument,
  '\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n      kind\n    }\n  }\n':
    types.CustomerLevelCountsDocument,
  '\n  query CustomerLookup($search: String!, $first: Int) {\n    customerLookup(search: $search, first: $first) {\n      id\n      code\n      name\n      ownerName\n      officeAddress\n      businessAddress\n    }\n  }\n':
    types.CustomerLookupDocument,
  '\n  query CustomerSystemParameters {\n    systemParameters {\n      customerCodeMode\n      customerCodePrefix\n      customerCodeWidth\n      createdDateMode\n    }\n  }\n':
    types.CustomerSystemParametersDocument,
  '\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n':
    types.CustomerTrashDocument,
  '\n  query CustomerUserOptions {\n    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n':
    types.CustomerUserOptionsDocument,
  '\n  query CustomerViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n':
    types.CustomerViewerDocument,
  '\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetail\n    }\n  }\n':
    types.CustomerDocument,
  '\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      countInfo {\n        value\n        kind\n      }\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n':
    types.CustomersDocument,
  '\n  mutation DeleteCustomers($ids: [ID!]!) {\n    deleteCustomers(ids: $ids)\n  }\n':
    types.DeleteCustomersDocument,
  '\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n':
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
  '\n  query CustomerCampaigns($customerId: ID!) {\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      joinedAt\n      campaign {\n        id\n        code\n        name\n        startDate\n        endDate\n      }\n    }\n  }\n':
    types.CustomerCampaignsDocument,
  '\n  query CustomerSalesDocuments($customerId: ID!, $first: Int) {\n    customerSalesDocuments(customerId: $customerId, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n          stage\n          expectedValue\n          createdAt\n        }\n        ... on Quote {\n          id\n          number\n          date\n          quoteStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Order {\n          id\n          number\n          date\n          orderStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Contract {\n          id\n          number\n          signedOn\n          contractStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Invoice {\n          id\n          number\n          date\n          invoiceStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Receipt {\n          id\n          number\n          date\n          amount\n          createdAt\n        }\n      }\n    }\n  }\n':
    types.CustomerSalesDocumentsDocument,
  '\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetail\n    }\n  }\n':
    types.ImportJobDocument,
  '\n  fragment ImportJobDetail on ImportJob {\n    id\n    module\n    fileName\n    status\n    columns\n    suggestedMapping {\n      column\n      field\n    }\n    mapping {\n      column\n      field\n    }\n    fields {\n      field\n      label\n      required\n    }\n    mode\n    dryRun\n    convertOldMobilePrefixes\n    totalRows\n    processedRows\n    created\n    updated\n    skipped\n    failed\n    resumable\n    failureMessage\n    errors(first: 20) {\n      row\n      field\n      message\n    }\n    createdAt\n    finishedAt\n  }\n':
    types.ImportJobDetailFragmentDoc,
  '\n  query ImportJobs($filter: ImportJobFilter, $first: Int, $after: String) {\n    importJobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        module\n        fileName\n        status\n        mode\n        dryRun\n        totalRows\n        created\n        updated\n        skipped\n        failed\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ImportJobsDocument,
  '\n  mutation RunImport(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]\n    $mode: ImportMode!\n    $dryRun: Boolean\n    $convertOldMobilePrefixes: Boolean\n  ) {\n    runImport(\n      jobId: $jobId\n      mapping: $mapping\n      mode: $mode\n      dryRun: $dryRun\n      convertOldMobilePrefixes: $convertOldMobilePrefixes\n    ) {\n      ...ImportJobDetail\n    }\n  }\n':
    types.RunImportDocument,
  '\n  fragment ContractRow on Contract {\n    id\n    number\n    signedOn\n    validTo\n    signed\n    status\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n':
    types.ContractRowFragmentDoc,
  '\n  query MoneyContracts($filter: ContractFilter, $orderBy: [ContractOrder!], $first: Int, $after: String) {\n    contracts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContractRow\n      }\n    }\n  }\n':
    types.MoneyContractsDocument,
  '\n  query MoneyContract($id: ID!) {\n    contract(id: $id) {\n      ...ContractRow\n      validFrom\n      version\n      customer {\n        level\n      }\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n      instalments {\n        id\n        position\n        dueDate\n        amount\n        received\n        outstanding\n      }\n    }\n  }\n':
    types.MoneyContractDocument,
  '\n  mutation MoneyCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n':
    types.MoneyCreateContractDocument,
  '\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    date\n    dueDate\n    status\n    customer {\n      id\n      name\n    }\n    contract {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n':
    types.InvoiceRowFragmentDoc,
  '\n  query MoneyInvoices($filter: InvoiceFilter, $orderBy: [InvoiceOrder!], $first: Int, $after: String) {\n    invoices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n':
    types.MoneyInvoicesDocument,
  '\n  query MoneyInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      version\n      buyerName\n      buyerTaxCode\n      buyerAddress\n      cancelReason\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n    }\n  }\n':
    types.MoneyInvoiceDocument,
  '\n  mutation MoneyCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      number\n    }\n  }\n':
    types.MoneyCreateInvoiceDocument,
  '\n  fragment InvoiceState on Invoice {\n    id\n    status\n    version\n    received\n    outstanding\n    buyerName\n    buyerTaxCode\n    buyerAddress\n    cancelReason\n  }\n':
    types.InvoiceStateFragmentDoc,
  '\n  mutation MoneyIssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceState\n    }\n  }\n':
    types.MoneyIssueInvoiceDocument,
  '\n  mutation MoneyCancelInvoice($id: ID!, $version: Int!, $reason: String!) {\n    cancelInvoice(id: $id, version: $version, reason: $reason) {\n      ...InvoiceState\n    }\n  }\n':
    types.MoneyCancelInvoiceDocument,
  '\n  query MoneyPayableDocuments($customerId: ID!) {\n    invoices(\n      filter: { customerId: $customerId, unpaidOnly: true }\n      orderBy: [{ field: DATE, direction: ASC }]\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    orders(\n      filter: {\n        customerId: $customerId\n        paymentStatuses: [UNPAID, PARTIAL]\n        statuses: [NEW, PROCESSING, DELIVERED]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    contracts(\n      filter: { customerId: $customerId, statuses: [DRAFT, ACTIVE, COMPLETED, LIQUIDATED] }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        instalments {\n          id\n          position\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n':
    types.MoneyPayableDocumentsDocument,
  '\n  fragment ReceiptRow on Receipt {\n    id\n    number\n    date\n    amount\n    method\n    note\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    allocations {\n      id\n      amount\n      invoice {\n        id\n        number\n      }\n      order {\n        id\n        number\n      }\n      instalment {\n        id\n        position\n        contractId\n      }\n    }\n  }\n':
    types.ReceiptRowFragmentDoc,
  '\n  mutation MoneyCreateReceipt($input: CreateReceiptInput!) {\n    createReceipt(input: $input) {\n      id\n      number\n    }\n  }\n':
    types.MoneyCreateReceiptDocument,
  '\n  query MoneyReceipt($id: ID!) {\n    receipt(id: $id) {\n      ...ReceiptRow\n      version\n      allocations {\n        id\n        invoice {\n          id\n          date\n          outstanding\n        }\n        order {\n          id\n          date\n          outstanding\n        }\n        instalment {\n          id\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n':
    types.MoneyReceiptDocument,
  '\n  mutation MoneyUpdateReceipt($id: ID!, $input: UpdateReceiptInput!) {\n    updateReceipt(id: $id, input: $input) {\n      ...ReceiptRow\n      version\n    }\n  }\n':
    types.MoneyUpdateReceiptDocument,
  '\n  query MoneyReceiptHistory($recordId: String!) {\n    auditLogs(filter: { recordId: $recordId }, first: 50) {\n      nodes {\n        id\n        at\n        description\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MoneyReceiptHistoryDocument,
  '\n  mutation MoneyDeleteReceipts($ids: [ID!]!) {\n    deleteReceipts(ids: $ids)\n  }\n':
    types.MoneyDeleteReceiptsDocument,
  '\n  fragment DebtParts on Debt {\n    invoiced\n    received\n    outstanding\n    overdue\n    buckets {\n      label\n      amount\n    }\n  }\n':
    types.DebtPartsFragmentDoc,
  '\n  query MoneyDebts($filter: DebtFilter, $first: Int, $after: String) {\n    debts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        customer {\n          id\n          code\n          name\n        }\n        ...DebtParts\n      }\n    }\n  }\n':
    types.MoneyDebtsDocument,
  '\n  query MoneyCustomerDebt($customerId: ID!) {\n    customerDebt(customerId: $customerId) {\n      ...DebtParts\n    }\n  }\n':
    types.MoneyCustomerDebtDocument,
  '\n  fragment OrderRow on Order {\n    id\n    number\n    date\n    deliveryDate\n    status\n    paymentStatus\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n':
    types.OrderRowFragmentDoc,
  '\n  fragment OrderMoney on Order {\n    ...OrderRow\n    deliveryAddress\n    notes\n    version\n    customer {\n      level\n    }\n    contact {\n      id\n      name\n    }\n    quote {\n      id\n      number\n    }\n    contract {\n      id\n      number\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n  }\n':
    types.OrderMoneyFragmentDoc,
  '\n  query MoneyOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderMoney\n    }\n  }\n':
    types.MoneyOrderDocument,
  '\n  mutation MoneyCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      number\n    }\n  }\n':
    types.MoneyCreateOrderDocument,
  '\n  mutation MoneyUpdateOrder($id: ID!, $input: UpdateOrderInput!) {\n    updateOrder(id: $id, input: $input) {\n      ...OrderMoney\n    }\n  }\n':
    types.MoneyUpdateOrderDocument,
  '\n  mutation MoneyDeleteOrders($ids: [ID!]!) {\n    deleteOrders(ids: $ids)\n  }\n':
    types.MoneyDeleteOrdersDocument,
  '\n  fragment SystemParametersAll on SystemParameters {\n    companyName\n    senderEmail\n    customerCodeMode\n    customerCodePrefix\n    customerCodeWidth\n    createdDateMode\n    taskReminderDays\n    anniversaryReminderDays\n    contactBirthdayReminderDays\n    contractExpiryReminderDays\n    paymentReminderDays\n    smtpHost\n    smtpPort\n    smtpSecure\n    smtpUser\n    smtpPasswordSet\n    version\n  }\n':
    types.SystemParametersAllFragmentDoc,
  '\n  query Parameters {\n    systemParameters {\n      ...SystemParametersAll\n    }\n  }\n':
    types.ParametersDocument,
  '\n  mutation UpdateParameters($input: SystemParametersInput!) {\n    updateSystemParameters(input: $input) {\n      ...SystemParametersAll\n    }\n  }\n':
    types.UpdateParametersDocument,
  '\n  query Reminders {\n    reminders {\n      kind\n      date\n      recordId\n      title\n      subtitle\n      email\n    }\n  }\n':
    types.RemindersDocument,
  '\n  mutation SendGreeting($kind: ReminderKind!, $recordId: ID!, $subject: String!, $body: String!) {\n    sendGreeting(kind: $kind, recordId: $recordId, subject: $subject, body: $body) {\n      id\n      status\n      toAddress\n    }\n  }\n':
    types.SendGreetingDocument,
  '\n  mutation CopyKpiTargets($month: String!) {\n    copyKpiTargets(month: $month) {\n      id\n    }\n  }\n':
    types.CopyKpiTargetsDocument,
  '\n  query Dashboard($from: Date!, $to: Date!) {\n    dashboard(from: $from, to: $to) {\n      from\n      to\n      levelCounts {\n        level\n        count\n        kind\n      }\n      newCustomers\n      pipeline {\n        stage\n        count\n        value\n      }\n      revenueByMonth {\n        month\n        invoiced\n        received\n      }\n      overdueDebt\n      debtAging {\n        bucket\n        amount\n        count\n      }\n      activitiesDone {\n        userId\n        count\n        user {\n          id\n          name\n        }\n      }\n      campaignStatusCounts {\n        status\n        count\n      }\n      campaignTotals {\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  query KpiReport($month: String!, $by: KpiSubject!) {\n    kpiReport(month: $month, by: $by) {\n      subjectId\n      subjectName\n      metric\n      target\n      actual\n      percent\n    }\n  }\n':
    types.KpiReportDocument,
  '\n  query ReportDepartments {\n    departments {\n      id\n      name\n    }\n  }\n':
    types.ReportDepartmentsDocument,
  '\n  mutation SetKpiTargets($month: String!, $targets: [KpiTargetInput!]!) {\n    setKpiTargets(month: $month, targets: $targets) {\n      id\n    }\n  }\n':
    types.SetKpiTargetsDocument,
  '\n  query TaskStatistics($from: Date!, $to: Date!, $departmentId: ID) {\n    taskStatistics(from: $from, to: $to, departmentId: $departmentId) {\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      planned\n      inProgress\n      done\n      cancelled\n      overdue\n      total\n    }\n  }\n':
    types.TaskStatisticsDocument,
  '\n  mutation ConvertQuote($id: ID!, $to: DocumentTarget!) {\n    convertQuote(id: $id, to: $to) {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n':
    types.ConvertQuoteDocument,
  '\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunityRow\n    }\n  }\n':
    types.CreateOpportunityDocument,
  '\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...ProductRow\n    }\n  }\n':
    types.CreateProductDocument,
  '\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteDetail\n    }\n  }\n':
    types.CreateQuoteDocument,
  '\n  mutation DeleteOpportunities($ids: [ID!]!) {\n    deleteOpportunities(ids: $ids)\n  }\n':
    types.DeleteOpportunitiesDocument,
  '\n  mutation DeleteProducts($ids: [ID!]!) {\n    deleteProducts(ids: $ids)\n  }\n':
    types.DeleteProductsDocument,
  '\n  mutation DeleteQuotes($ids: [ID!]!) {\n    deleteQuotes(ids: $ids)\n  }\n': types.DeleteQuotesDocument,
  '\n  query DocumentNumbering {\n    documentNumbering {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n':
    types.DocumentNumberingDocument,
  '\n  fragment ProductRow on Product {\n    id\n    code\n    name\n    kind\n    unit\n    price\n    vatRate\n    active\n    description\n    version\n    createdAt\n    deletedAt\n    group {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n':
    types.ProductRowFragmentDoc,
  '\n  fragment OpportunityRow on Opportunity {\n    id\n    code\n    name\n    stage\n    probability\n    expectedValue\n    expectedCloseDate\n    lostReason\n    version\n    createdAt\n    deletedAt\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n':
    types.OpportunityRowFragmentDoc,
  '\n  fragment DocumentTotalsParts on DocumentTotals {\n    amount\n    discount\n    vat\n    total\n    inWords\n    vatByRate {\n      rate\n      base\n      vat\n    }\n  }\n':
    types.DocumentTotalsPartsFragmentDoc,
  '\n  fragment DocumentLineParts on DocumentLine {\n    id\n    position\n    productName\n    unit\n    quantity\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    amount\n    discount\n    vat\n    total\n    product {\n      id\n      code\n    }\n  }\n':
    types.DocumentLinePartsFragmentDoc,
  '\n  fragment QuoteRow on Quote {\n    id\n    number\n    date\n    validUntil\n    status\n    version\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    deletedAt\n  }\n':
    types.QuoteRowFragmentDoc,
  '\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    terms\n    contact {\n      id\n      name\n    }\n    opportunity {\n      id\n      code\n      name\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n    convertedTo {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n':
    types.QuoteDetailFragmentDoc,
  '\n  mutation MoveOpportunity($id: ID!, $stage: OpportunityStage!, $version: Int!, $lostReason: String) {\n    moveOpportunity(id: $id, stage: $stage, version: $version, lostReason: $lostReason) {\n      ...OpportunityRow\n    }\n  }\n':
    types.MoveOpportunityDocument,
  '\n  query Opportunities(\n    $filter: OpportunityFilter\n    $orderBy: [OpportunityOrder!]\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n':
    types.OpportunitiesDocument,
  '\n  query OpportunityBoard($filter: OpportunityFilter, $first: Int) {\n    opportunityPipeline(filter: $filter) {\n      stage\n      count\n      value\n    }\n    needsAnalysis: opportunities(\n      filter: { stages: [NEEDS_ANALYSIS] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    proposal: opportunities(\n      filter: { stages: [PROPOSAL] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    negotiation: opportunities(\n      filter: { stages: [NEGOTIATION] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    won: opportunities(\n      filter: { stages: [WON] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    lost: opportunities(\n      filter: { stages: [LOST] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n':
    types.OpportunityBoardDocument,
  '\n  query OpportunitySources {\n    categories(kind: SOURCE) {\n      id\n      name\n    }\n  }\n':
    types.OpportunitySourcesDocument,
  '\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityRow\n      description\n      contact {\n        id\n        name\n      }\n      source {\n        id\n        name\n      }\n      quotes {\n        ...QuoteRow\n      }\n    }\n  }\n':
    types.OpportunityDocument,
  '\n  mutation RestoreOrders($ids: [ID!]!) {\n    restoreOrders(ids: $ids)\n  }\n':
    types.RestoreOrdersDocument,
  '\n  mutation PurgeOrders($ids: [ID!]!) {\n    purgeOrders(ids: $ids)\n  }\n': types.PurgeOrdersDocument,
  '\n  query MoneyOrders($filter: OrderFilter, $orderBy: [OrderOrder!], $first: Int, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OrderRow\n      }\n    }\n  }\n':
    types.MoneyOrdersDocument,
  '\n  query ProductGroups {\n    categories(kind: PRODUCT_GROUP) {\n      id\n      name\n    }\n  }\n':
    types.ProductGroupsDocument,
  '\n  query ProductOptions($search: String) {\n    products(\n      filter: { search: $search, active: true }\n      orderBy: [{ field: CODE, direction: ASC }]\n      first: 20\n    ) {\n      nodes {\n        id\n        code\n        name\n        unit\n        price\n        vatRate\n      }\n    }\n  }\n':
    types.ProductOptionsDocument,
  '\n  query Product($id: ID!) {\n    product(id: $id) {\n      ...ProductRow\n    }\n  }\n':
    types.ProductDocument,
  '\n  query Products($filter: ProductFilter, $orderBy: [ProductOrder!], $first: Int, $after: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ProductRow\n      }\n    }\n  }\n':
    types.ProductsDocument,
  '\n  mutation PurgeOpportunities($ids: [ID!]!) {\n    purgeOpportunities(ids: $ids)\n  }\n':
    types.PurgeOpportunitiesDocument,
  '\n  mutation PurgeProducts($ids: [ID!]!) {\n    purgeProducts(ids: $ids)\n  }\n':
    types.PurgeProductsDocument,
  '\n  mutation PurgeQuotes($ids: [ID!]!) {\n    purgeQuotes(ids: $ids)\n  }\n': types.PurgeQuotesDocument,
  '\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n':
    types.QuoteDocument,
  '\n  query Quotes($filter: QuoteFilter, $orderBy: [QuoteOrder!], $first: Int, $after: String) {\n    quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...QuoteRow\n      }\n    }\n  }\n':
    types.QuotesDocument,
  '\n  mutation RestoreReceipts($ids: [ID!]!) {\n    restoreReceipts(ids: $ids)\n  }\n':
    types.RestoreReceiptsDocument,
  '\n  mutation PurgeReceipts($ids: [ID!]!) {\n    purgeReceipts(ids: $ids)\n  }\n':
    types.PurgeReceiptsDocument,
  '\n  query MoneyReceipts($filter: ReceiptFilter, $orderBy: [ReceiptOrder!], $first: Int, $after: String) {\n    receipts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ReceiptRow\n      }\n    }\n  }\n':
    types.MoneyReceiptsDocument,
  '\n  mutation RestoreOpportunities($ids: [ID!]!) {\n    restoreOpportunities(ids: $ids)\n  }\n':
    types.RestoreOpportunitiesDocument,
  '\n  mutation RestoreProducts($ids: [ID!]!) {\n    restoreProducts(ids: $ids)\n  }\n':
    types.RestoreProductsDocument,
  '\n  mutation RestoreQuotes($ids: [ID!]!) {\n    restoreQuotes(ids: $ids)\n  }\n':
    types.RestoreQuotesDocument,
  '\n  query SalesCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n      contacts(first: 50) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n    opportunities(filter: { customerId: $id }, first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n':
    types.SalesCustomerDocument,
  '\n  query SalesViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n':
    types.SalesViewerDocument,
  '\n  mutation SetQuoteStatus($id: ID!, $status: QuoteStatus!, $version: Int!) {\n    setQuoteStatus(id: $id, status: $status, version: $version) {\n      ...QuoteDetail\n    }\n  }\n':
    types.SetQuoteStatusDocument,
  '\n  mutation UpdateDocumentNumbering($kind: DocumentKind!, $prefix: String!, $width: Int!) {\n    updateDocumentNumbering(kind: $kind, prefix: $prefix, width: $width) {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n':
    types.UpdateDocumentNumberingDocument,
  '\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) {\n      ...OpportunityRow\n    }\n  }\n':
    types.UpdateOpportunityDocument,
  '\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductRow\n    }\n  }\n':
    types.UpdateProductDocument,
  '\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n':
    types.UpdateQuoteDocument,
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
  '\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  query CustomerOptions($search: String) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: 20) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n':
    types.CustomerOptionsDocument,
  '\n  query CustomerOption($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n':
    types.CustomerOptionDocument,
  '\n  query UserOptions($active: Boolean) {\n    users(filter: { active: $active }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n':
    types.UserOptionsDocument,
  '\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
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
  source: '\n  fragment ListPageParts on PageInfo {\n    hasNextPage\n    endCursor\n  }\n',
): (typeof documents)['\n  fragment ListPageParts on PageInfo {\n    hasNextPage\n    endCursor\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportJobs {\n    exportJobs {\n      id\n      module\n      fileName\n      status\n      totalRows\n      processedRows\n      error\n      downloadUrl\n      createdAt\n      finishedAt\n    }\n  }\n',
): (typeof documents)['\n  query ExportJobs {\n    exportJobs {\n      id\n      module\n      fileName\n      status\n      totalRows\n      processedRows\n      error\n      downloadUrl\n      createdAt\n      finishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SavedViews($module: String!) {\n    savedViews(module: $module) {\n      id\n      module\n      name\n      filter\n      columns\n      orderBy\n      shared\n      isDefault\n      droppedFilters\n      owner {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SavedViews($module: String!) {\n    savedViews(module: $module) {\n      id\n      module\n      name\n      filter\n      columns\n      orderBy\n      shared\n      isDefault\n      droppedFilters\n      owner {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDefaultView($module: String!, $id: ID) {\n    setDefaultView(module: $module, id: $id)\n  }\n',
): (typeof documents)['\n  mutation SetDefaultView($module: String!, $id: ID) {\n    setDefaultView(module: $module, id: $id)\n  }\n'];
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
  source: '\n  query Activities($filter: ActivityFilter, $orderBy: [ActivityOrder!], $first: Int, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ActivityRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Activities($filter: ActivityFilter, $orderBy: [ActivityOrder!], $first: Int, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ActivityRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActivityCustomerOptions($search: String) {\n    customers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActivityCustomerOptions($search: String) {\n    customers(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActivityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ActivityCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActivityRow on Activity {\n    id\n    name\n    type\n    status\n    priority\n    description\n    startAt\n    dueAt\n    createdAt\n    version\n    commentCount\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    customers {\n      id\n      code\n      name\n      level\n    }\n  }\n',
): (typeof documents)['\n  fragment ActivityRow on Activity {\n    id\n    name\n    type\n    status\n    priority\n    description\n    startAt\n    dueAt\n    createdAt\n    version\n    commentCount\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    participants {\n      id\n      name\n    }\n    customers {\n      id\n      code\n      name\n      level\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        kinds\n        description\n        changes\n        at\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      comments {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        kinds\n        description\n        changes\n        at\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddActivityComment($activityId: ID!, $body: String!) {\n    addActivityComment(activityId: $activityId, body: $body) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddActivityComment($activityId: ID!, $body: String!) {\n    addActivityComment(activityId: $activityId, body: $body) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteActivities($ids: [ID!]!) {\n    deleteActivities(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation DeleteActivities($ids: [ID!]!) {\n    deleteActivities(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreActivities($ids: [ID!]!) {\n    restoreActivities(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreActivities($ids: [ID!]!) {\n    restoreActivities(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        module\n        recordId\n        description\n        changes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        email\n        role\n        language\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCampaignMembersByFilter($campaignId: ID!, $filter: CampaignCustomerFilter!) {\n    addCampaignMembersByFilter(campaignId: $campaignId, filter: $filter) {\n      added\n      skipped\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCampaignMembersByFilter($campaignId: ID!, $filter: CampaignCustomerFilter!) {\n    addCampaignMembersByFilter(campaignId: $campaignId, filter: $filter) {\n      added\n      skipped\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCampaignMembers($campaignId: ID!, $customerIds: [ID!]!) {\n    addCampaignMembers(campaignId: $campaignId, customerIds: $customerIds) {\n      added\n      skipped\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCampaignMembers($campaignId: ID!, $customerIds: [ID!]!) {\n    addCampaignMembers(campaignId: $campaignId, customerIds: $customerIds) {\n      added\n      skipped\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignCharts($id: ID!) {\n    campaign(id: $id) {\n      id\n      ...CampaignFigures\n      timeline {\n        date\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignCharts($id: ID!) {\n    campaign(id: $id) {\n      id\n      ...CampaignFigures\n      timeline {\n        date\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CampaignRow on Campaign {\n    id\n    code\n    name\n    type\n    status\n    startDate\n    endDate\n    canManage\n    memberCount\n    deletedAt\n    executor {\n      id\n      name\n    }\n    creator {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CampaignRow on Campaign {\n    id\n    code\n    name\n    type\n    status\n    startDate\n    endDate\n    canManage\n    memberCount\n    deletedAt\n    executor {\n      id\n      name\n    }\n    creator {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CampaignFigures on Campaign {\n    budget\n    expectedRevenue\n    actualRevenue\n    totalExpenses\n    stats {\n      registered\n      confirmed\n      joined\n      cancelled\n    }\n    statusCounts {\n      status\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment CampaignFigures on Campaign {\n    budget\n    expectedRevenue\n    actualRevenue\n    totalExpenses\n    stats {\n      registered\n      confirmed\n      joined\n      cancelled\n    }\n    statusCounts {\n      status\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CampaignDetail on Campaign {\n    ...CampaignRow\n    description\n    goals\n    ...CampaignFigures\n    version\n    expenses {\n      item\n      amount\n      date\n    }\n    keyMap {\n      key\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment CampaignDetail on Campaign {\n    ...CampaignRow\n    description\n    goals\n    ...CampaignFigures\n    version\n    expenses {\n      item\n      amount\n      date\n    }\n    keyMap {\n      key\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CampaignMemberRow on CampaignMember {\n    id\n    status\n    joinedAt\n    customerId\n    customerName\n    customerCode\n    owner {\n      id\n      name\n    }\n    customer {\n      id\n      phone\n      email\n      officeAddress\n    }\n  }\n',
): (typeof documents)['\n  fragment CampaignMemberRow on CampaignMember {\n    id\n    status\n    joinedAt\n    customerId\n    customerName\n    customerCode\n    owner {\n      id\n      name\n    }\n    customer {\n      id\n      phone\n      email\n      officeAddress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignMemberCustomerIds($campaignId: ID!, $customerIds: [ID!]!) {\n    campaignMemberCustomerIds(campaignId: $campaignId, customerIds: $customerIds)\n  }\n',
): (typeof documents)['\n  query CampaignMemberCustomerIds($campaignId: ID!, $customerIds: [ID!]!) {\n    campaignMemberCustomerIds(campaignId: $campaignId, customerIds: $customerIds)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignMembers(\n    $campaignId: ID!\n    $filter: CampaignMemberFilter\n    $orderBy: [CampaignMemberOrder!]\n    $first: Int\n    $after: String\n  ) {\n    campaignMembers(\n      campaignId: $campaignId\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignMemberRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignMembers(\n    $campaignId: ID!\n    $filter: CampaignMemberFilter\n    $orderBy: [CampaignMemberOrder!]\n    $first: Int\n    $after: String\n  ) {\n    campaignMembers(\n      campaignId: $campaignId\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignMemberRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignOptions {\n    customerGroups {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CampaignOptions {\n    customerGroups {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignOverview {\n    campaigns(first: 12, orderBy: [{ field: START_DATE, direction: DESC }]) {\n      nodes {\n        id\n        name\n        totalExpenses\n        actualRevenue\n        stats {\n          registered\n          confirmed\n          joined\n          cancelled\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignOverview {\n    campaigns(first: 12, orderBy: [{ field: START_DATE, direction: DESC }]) {\n      nodes {\n        id\n        name\n        totalExpenses\n        actualRevenue\n        stats {\n          registered\n          confirmed\n          joined\n          cancelled\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreCampaigns($ids: [ID!]!) {\n    restoreCampaigns(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreCampaigns($ids: [ID!]!) {\n    restoreCampaigns(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeCampaigns($ids: [ID!]!) {\n    purgeCampaigns(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeCampaigns($ids: [ID!]!) {\n    purgeCampaigns(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetail\n    }\n  }\n',
): (typeof documents)['\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Campaigns($filter: CampaignFilter, $orderBy: [CampaignOrder!], $first: Int, $after: String) {\n    campaigns(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Campaigns($filter: CampaignFilter, $orderBy: [CampaignOrder!], $first: Int, $after: String) {\n    campaigns(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CampaignRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeCampaignMemberStatus($memberIds: [ID!]!, $status: CampaignMemberStatus!) {\n    changeCampaignMemberStatus(memberIds: $memberIds, status: $status) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeCampaignMemberStatus($memberIds: [ID!]!, $status: CampaignMemberStatus!) {\n    changeCampaignMemberStatus(memberIds: $memberIds, status: $status) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCampaign($id: ID!, $confirm: Boolean) {\n    deleteCampaign(id: $id, confirm: $confirm)\n  }\n',
): (typeof documents)['\n  mutation DeleteCampaign($id: ID!, $confirm: Boolean) {\n    deleteCampaign(id: $id, confirm: $confirm)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCampaigns($ids: [ID!]!, $confirm: Boolean) {\n    deleteCampaigns(ids: $ids, confirm: $confirm)\n  }\n',
): (typeof documents)['\n  mutation DeleteCampaigns($ids: [ID!]!, $confirm: Boolean) {\n    deleteCampaigns(ids: $ids, confirm: $confirm)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PickerCustomers($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        code\n        name\n        level\n        phone\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PickerCustomers($filter: CustomerFilter, $first: Int, $after: String) {\n    customers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        code\n        name\n        level\n        phone\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterForCampaign($campaignCode: String!, $input: CampaignRegistrationInput!) {\n    registerForCampaign(campaignCode: $campaignCode, input: $input)\n  }\n',
): (typeof documents)['\n  mutation RegisterForCampaign($campaignCode: String!, $input: CampaignRegistrationInput!) {\n    registerForCampaign(campaignCode: $campaignCode, input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CareCards($filter: CareCardFilter, $orderBy: [CareCardOrder!], $first: Int, $after: String) {\n    careCards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CareCardRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CareCards($filter: CareCardFilter, $orderBy: [CareCardOrder!], $first: Int, $after: String) {\n    careCards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CareCardRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CareCard($id: ID!) {\n    careCard(id: $id) {\n      ...CareCardRow\n      sharedWith {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CareCard($id: ID!) {\n    careCard(id: $id) {\n      ...CareCardRow\n      sharedWith {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CareCardStats($filter: CareCardFilter) {\n    careCardStats(filter: $filter) {\n      field\n      buckets {\n        value\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CareCardStats($filter: CareCardFilter) {\n    careCardStats(filter: $filter) {\n      field\n      buckets {\n        value\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CareOptions {\n    channels: categories(kind: CARE_CHANNEL) {\n      id\n      name\n    }\n    satisfactions: categories(kind: CARE_SATISFACTION) {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CareOptions {\n    channels: categories(kind: CARE_CHANNEL) {\n      id\n      name\n    }\n    satisfactions: categories(kind: CARE_SATISFACTION) {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCareCard($input: CreateCareCardInput!) {\n    createCareCard(input: $input) {\n      ...CareCardRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCareCard($input: CreateCareCardInput!) {\n    createCareCard(input: $input) {\n      ...CareCardRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCareCard($id: ID!, $input: UpdateCareCardInput!) {\n    updateCareCard(id: $id, input: $input) {\n      ...CareCardRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCareCard($id: ID!, $input: UpdateCareCardInput!) {\n    updateCareCard(id: $id, input: $input) {\n      ...CareCardRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloneCareCard($id: ID!) {\n    cloneCareCard(id: $id) {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  mutation CloneCareCard($id: ID!) {\n    cloneCareCard(id: $id) {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GenerateCareCard($orderId: ID!) {\n    generateCareCard(orderId: $orderId) {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  mutation GenerateCareCard($orderId: ID!) {\n    generateCareCard(orderId: $orderId) {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GenerateFromCareCard($id: ID!, $to: CareTarget!) {\n    generateFromCareCard(id: $id, to: $to)\n  }\n',
): (typeof documents)['\n  mutation GenerateFromCareCard($id: ID!, $to: CareTarget!) {\n    generateFromCareCard(id: $id, to: $to)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCareCards($ids: [ID!]!) {\n    deleteCareCards(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation DeleteCareCards($ids: [ID!]!) {\n    deleteCareCards(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreCareCards($ids: [ID!]!) {\n    restoreCareCards(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreCareCards($ids: [ID!]!) {\n    restoreCareCards(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HandOverCareCards($ids: [ID!]!, $toUserId: ID!) {\n    handOverCareCards(ids: $ids, toUserId: $toUserId)\n  }\n',
): (typeof documents)['\n  mutation HandOverCareCards($ids: [ID!]!, $toUserId: ID!) {\n    handOverCareCards(ids: $ids, toUserId: $toUserId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareCareCards($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCareCards(ids: $ids, userIds: $userIds)\n  }\n',
): (typeof documents)['\n  mutation ShareCareCards($ids: [ID!]!, $userIds: [ID!]!) {\n    shareCareCards(ids: $ids, userIds: $userIds)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TagCareCards($ids: [ID!]!, $tags: [String!]!, $mode: GroupChangeMode!) {\n    tagCareCards(ids: $ids, tags: $tags, mode: $mode)\n  }\n',
): (typeof documents)['\n  mutation TagCareCards($ids: [ID!]!, $tags: [String!]!, $mode: GroupChangeMode!) {\n    tagCareCards(ids: $ids, tags: $tags, mode: $mode)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CareSidePanel($customerId: ID!) {\n    activities(filter: { customerId: $customerId }, first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n      }\n    }\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      campaign {\n        id\n        code\n        name\n      }\n    }\n    customerSalesDocuments(customerId: $customerId, first: 20) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n        }\n        ... on Order {\n          id\n          number\n          date\n        }\n        ... on Invoice {\n          id\n          number\n          date\n        }\n      }\n    }\n    careCards(filter: { customerId: $customerId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        code\n        careDate\n        channel\n        satisfaction\n        result\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CareSidePanel($customerId: ID!) {\n    activities(filter: { customerId: $customerId }, first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n      }\n    }\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      campaign {\n        id\n        code\n        name\n      }\n    }\n    customerSalesDocuments(customerId: $customerId, first: 20) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n        }\n        ... on Order {\n          id\n          number\n          date\n        }\n        ... on Invoice {\n          id\n          number\n          date\n        }\n      }\n    }\n    careCards(filter: { customerId: $customerId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        code\n        careDate\n        channel\n        satisfaction\n        result\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CareCardRow on CareCard {\n    id\n    code\n    orderNumber\n    careDate\n    channel\n    satisfaction\n    result\n    notes\n    tags\n    version\n    createdAt\n    customer {\n      id\n      code\n      name\n    }\n    order {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CareCardRow on CareCard {\n    id\n    code\n    orderNumber\n    careDate\n    channel\n    satisfaction\n    result\n    notes\n    tags\n    version\n    createdAt\n    customer {\n      id\n      code\n      name\n    }\n    order {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CompanyProfileAll on CompanyProfile {\n    name\n    taxCode\n    address\n    phone\n    email\n    website\n    bankAccount\n    bankName\n    representative\n    logoUrl\n    version\n  }\n',
): (typeof documents)['\n  fragment CompanyProfileAll on CompanyProfile {\n    name\n    taxCode\n    address\n    phone\n    email\n    website\n    bankAccount\n    bankName\n    representative\n    logoUrl\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompanyProfile {\n    companyProfile {\n      ...CompanyProfileAll\n    }\n  }\n',
): (typeof documents)['\n  query CompanyProfile {\n    companyProfile {\n      ...CompanyProfileAll\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      ...CompanyProfileAll\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      ...CompanyProfileAll\n    }\n  }\n'];
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
  source: '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n',
): (typeof documents)['\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContactRow\n      }\n    }\n  }\n'];
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
  source: '\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      ...CategoryRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCategory($kind: CategoryKind!, $name: String!) {\n    createCategory(kind: $kind, name: $name) {\n      ...CategoryRow\n    }\n  }\n'];
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
  source: '\n  fragment CategoryRow on Category {\n    id\n    kind\n    name\n    sortOrder\n  }\n',
): (typeof documents)['\n  fragment CategoryRow on Category {\n    id\n    kind\n    name\n    sortOrder\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      ...CategoryRow\n    }\n  }\n',
): (typeof documents)['\n  query SettingsCategories($kind: CategoryKind!) {\n    categories(kind: $kind) {\n      ...CategoryRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      ...CategoryRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCategory($id: ID!, $name: String!) {\n    updateCategory(id: $id, name: $name) {\n      ...CategoryRow\n    }\n  }\n'];
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
  source: '\n  mutation CreateQuickActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      name\n      customers {\n        id\n        level\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateQuickActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      name\n      customers {\n        id\n        level\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerActivities($customerId: ID!, $first: Int, $after: String) {\n    activities(filter: { customerId: $customerId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n        createdAt\n        assignee {\n          id\n          name\n        }\n        history {\n          id\n          kinds\n          description\n          at\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerActivities($customerId: ID!, $first: Int, $after: String) {\n    activities(filter: { customerId: $customerId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        type\n        status\n        dueAt\n        createdAt\n        assignee {\n          id\n          name\n        }\n        history {\n          id\n          kinds\n          description\n          at\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {\n    contacts(\n      filter: { customerId: $customerId }\n      orderBy: [{ field: NAME, direction: ASC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        name\n        title\n        mobile\n        email\n        isPrimary\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    province\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    kind\n    level\n    email\n    phone\n    officeAddress\n    province\n    labels\n    contactCount\n    createdAt\n    deletedAt\n    version\n    groups {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n'];
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
  source: '\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerHistory($recordId: String!, $first: Int, $after: String) {\n    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        at\n        action\n        description\n        changes\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query CustomerLevelCounts($filter: CustomerFilter) {\n    customerLevelCounts(filter: $filter) {\n      level\n      count\n      kind\n    }\n  }\n'];
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
  source: '\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerTrash($search: String, $first: Int, $after: String) {\n    customers(\n      filter: { deleted: true, search: $search }\n      orderBy: [{ field: CREATED_AT, direction: DESC }]\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n'];
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
  source: '\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      countInfo {\n        value\n        kind\n      }\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      countInfo {\n        value\n        kind\n      }\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n'];
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
  source: '\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {\n    ownershipHistory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        action\n        at\n        customerCount\n        fromUser {\n          id\n          name\n        }\n        toUsers {\n          id\n          name\n        }\n        actor {\n          id\n          name\n        }\n        customers {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query CustomerCampaigns($customerId: ID!) {\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      joinedAt\n      campaign {\n        id\n        code\n        name\n        startDate\n        endDate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerCampaigns($customerId: ID!) {\n    customerCampaigns(customerId: $customerId) {\n      id\n      status\n      joinedAt\n      campaign {\n        id\n        code\n        name\n        startDate\n        endDate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerSalesDocuments($customerId: ID!, $first: Int) {\n    customerSalesDocuments(customerId: $customerId, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n          stage\n          expectedValue\n          createdAt\n        }\n        ... on Quote {\n          id\n          number\n          date\n          quoteStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Order {\n          id\n          number\n          date\n          orderStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Contract {\n          id\n          number\n          signedOn\n          contractStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Invoice {\n          id\n          number\n          date\n          invoiceStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Receipt {\n          id\n          number\n          date\n          amount\n          createdAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerSalesDocuments($customerId: ID!, $first: Int) {\n    customerSalesDocuments(customerId: $customerId, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        ... on Opportunity {\n          id\n          code\n          name\n          stage\n          expectedValue\n          createdAt\n        }\n        ... on Quote {\n          id\n          number\n          date\n          quoteStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Order {\n          id\n          number\n          date\n          orderStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Contract {\n          id\n          number\n          signedOn\n          contractStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Invoice {\n          id\n          number\n          date\n          invoiceStatus: status\n          totals {\n            total\n          }\n          createdAt\n        }\n        ... on Receipt {\n          id\n          number\n          date\n          amount\n          createdAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetail\n    }\n  }\n',
): (typeof documents)['\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportJobDetail on ImportJob {\n    id\n    module\n    fileName\n    status\n    columns\n    suggestedMapping {\n      column\n      field\n    }\n    mapping {\n      column\n      field\n    }\n    fields {\n      field\n      label\n      required\n    }\n    mode\n    dryRun\n    convertOldMobilePrefixes\n    totalRows\n    processedRows\n    created\n    updated\n    skipped\n    failed\n    resumable\n    failureMessage\n    errors(first: 20) {\n      row\n      field\n      message\n    }\n    createdAt\n    finishedAt\n  }\n',
): (typeof documents)['\n  fragment ImportJobDetail on ImportJob {\n    id\n    module\n    fileName\n    status\n    columns\n    suggestedMapping {\n      column\n      field\n    }\n    mapping {\n      column\n      field\n    }\n    fields {\n      field\n      label\n      required\n    }\n    mode\n    dryRun\n    convertOldMobilePrefixes\n    totalRows\n    processedRows\n    created\n    updated\n    skipped\n    failed\n    resumable\n    failureMessage\n    errors(first: 20) {\n      row\n      field\n      message\n    }\n    createdAt\n    finishedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportJobs($filter: ImportJobFilter, $first: Int, $after: String) {\n    importJobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        module\n        fileName\n        status\n        mode\n        dryRun\n        totalRows\n        created\n        updated\n        skipped\n        failed\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportJobs($filter: ImportJobFilter, $first: Int, $after: String) {\n    importJobs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        id\n        module\n        fileName\n        status\n        mode\n        dryRun\n        totalRows\n        created\n        updated\n        skipped\n        failed\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunImport(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]\n    $mode: ImportMode!\n    $dryRun: Boolean\n    $convertOldMobilePrefixes: Boolean\n  ) {\n    runImport(\n      jobId: $jobId\n      mapping: $mapping\n      mode: $mode\n      dryRun: $dryRun\n      convertOldMobilePrefixes: $convertOldMobilePrefixes\n    ) {\n      ...ImportJobDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation RunImport(\n    $jobId: ID!\n    $mapping: [ColumnMappingInput!]\n    $mode: ImportMode!\n    $dryRun: Boolean\n    $convertOldMobilePrefixes: Boolean\n  ) {\n    runImport(\n      jobId: $jobId\n      mapping: $mapping\n      mode: $mode\n      dryRun: $dryRun\n      convertOldMobilePrefixes: $convertOldMobilePrefixes\n    ) {\n      ...ImportJobDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContractRow on Contract {\n    id\n    number\n    signedOn\n    validTo\n    signed\n    status\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n',
): (typeof documents)['\n  fragment ContractRow on Contract {\n    id\n    number\n    signedOn\n    validTo\n    signed\n    status\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyContracts($filter: ContractFilter, $orderBy: [ContractOrder!], $first: Int, $after: String) {\n    contracts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContractRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyContracts($filter: ContractFilter, $orderBy: [ContractOrder!], $first: Int, $after: String) {\n    contracts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ContractRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyContract($id: ID!) {\n    contract(id: $id) {\n      ...ContractRow\n      validFrom\n      version\n      customer {\n        level\n      }\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n      instalments {\n        id\n        position\n        dueDate\n        amount\n        received\n        outstanding\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyContract($id: ID!) {\n    contract(id: $id) {\n      ...ContractRow\n      validFrom\n      version\n      customer {\n        level\n      }\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n      instalments {\n        id\n        position\n        dueDate\n        amount\n        received\n        outstanding\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    date\n    dueDate\n    status\n    customer {\n      id\n      name\n    }\n    contract {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n',
): (typeof documents)['\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    date\n    dueDate\n    status\n    customer {\n      id\n      name\n    }\n    contract {\n      id\n      number\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyInvoices($filter: InvoiceFilter, $orderBy: [InvoiceOrder!], $first: Int, $after: String) {\n    invoices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyInvoices($filter: InvoiceFilter, $orderBy: [InvoiceOrder!], $first: Int, $after: String) {\n    invoices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...InvoiceRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      version\n      buyerName\n      buyerTaxCode\n      buyerAddress\n      cancelReason\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow\n      version\n      buyerName\n      buyerTaxCode\n      buyerAddress\n      cancelReason\n      lines {\n        ...DocumentLineParts\n      }\n      totals {\n        ...DocumentTotalsParts\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyCreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoiceState on Invoice {\n    id\n    status\n    version\n    received\n    outstanding\n    buyerName\n    buyerTaxCode\n    buyerAddress\n    cancelReason\n  }\n',
): (typeof documents)['\n  fragment InvoiceState on Invoice {\n    id\n    status\n    version\n    received\n    outstanding\n    buyerName\n    buyerTaxCode\n    buyerAddress\n    cancelReason\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyIssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceState\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyIssueInvoice($id: ID!, $version: Int!) {\n    issueInvoice(id: $id, version: $version) {\n      ...InvoiceState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyCancelInvoice($id: ID!, $version: Int!, $reason: String!) {\n    cancelInvoice(id: $id, version: $version, reason: $reason) {\n      ...InvoiceState\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyCancelInvoice($id: ID!, $version: Int!, $reason: String!) {\n    cancelInvoice(id: $id, version: $version, reason: $reason) {\n      ...InvoiceState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyPayableDocuments($customerId: ID!) {\n    invoices(\n      filter: { customerId: $customerId, unpaidOnly: true }\n      orderBy: [{ field: DATE, direction: ASC }]\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    orders(\n      filter: {\n        customerId: $customerId\n        paymentStatuses: [UNPAID, PARTIAL]\n        statuses: [NEW, PROCESSING, DELIVERED]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    contracts(\n      filter: { customerId: $customerId, statuses: [DRAFT, ACTIVE, COMPLETED, LIQUIDATED] }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        instalments {\n          id\n          position\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyPayableDocuments($customerId: ID!) {\n    invoices(\n      filter: { customerId: $customerId, unpaidOnly: true }\n      orderBy: [{ field: DATE, direction: ASC }]\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    orders(\n      filter: {\n        customerId: $customerId\n        paymentStatuses: [UNPAID, PARTIAL]\n        statuses: [NEW, PROCESSING, DELIVERED]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        date\n        outstanding\n      }\n    }\n    contracts(\n      filter: { customerId: $customerId, statuses: [DRAFT, ACTIVE, COMPLETED, LIQUIDATED] }\n      first: 200\n    ) {\n      nodes {\n        id\n        number\n        instalments {\n          id\n          position\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReceiptRow on Receipt {\n    id\n    number\n    date\n    amount\n    method\n    note\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    allocations {\n      id\n      amount\n      invoice {\n        id\n        number\n      }\n      order {\n        id\n        number\n      }\n      instalment {\n        id\n        position\n        contractId\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ReceiptRow on Receipt {\n    id\n    number\n    date\n    amount\n    method\n    note\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    allocations {\n      id\n      amount\n      invoice {\n        id\n        number\n      }\n      order {\n        id\n        number\n      }\n      instalment {\n        id\n        position\n        contractId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyCreateReceipt($input: CreateReceiptInput!) {\n    createReceipt(input: $input) {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyCreateReceipt($input: CreateReceiptInput!) {\n    createReceipt(input: $input) {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyReceipt($id: ID!) {\n    receipt(id: $id) {\n      ...ReceiptRow\n      version\n      allocations {\n        id\n        invoice {\n          id\n          date\n          outstanding\n        }\n        order {\n          id\n          date\n          outstanding\n        }\n        instalment {\n          id\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyReceipt($id: ID!) {\n    receipt(id: $id) {\n      ...ReceiptRow\n      version\n      allocations {\n        id\n        invoice {\n          id\n          date\n          outstanding\n        }\n        order {\n          id\n          date\n          outstanding\n        }\n        instalment {\n          id\n          dueDate\n          outstanding\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyUpdateReceipt($id: ID!, $input: UpdateReceiptInput!) {\n    updateReceipt(id: $id, input: $input) {\n      ...ReceiptRow\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyUpdateReceipt($id: ID!, $input: UpdateReceiptInput!) {\n    updateReceipt(id: $id, input: $input) {\n      ...ReceiptRow\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyReceiptHistory($recordId: String!) {\n    auditLogs(filter: { recordId: $recordId }, first: 50) {\n      nodes {\n        id\n        at\n        description\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyReceiptHistory($recordId: String!) {\n    auditLogs(filter: { recordId: $recordId }, first: 50) {\n      nodes {\n        id\n        at\n        description\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyDeleteReceipts($ids: [ID!]!) {\n    deleteReceipts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MoneyDeleteReceipts($ids: [ID!]!) {\n    deleteReceipts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DebtParts on Debt {\n    invoiced\n    received\n    outstanding\n    overdue\n    buckets {\n      label\n      amount\n    }\n  }\n',
): (typeof documents)['\n  fragment DebtParts on Debt {\n    invoiced\n    received\n    outstanding\n    overdue\n    buckets {\n      label\n      amount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyDebts($filter: DebtFilter, $first: Int, $after: String) {\n    debts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        customer {\n          id\n          code\n          name\n        }\n        ...DebtParts\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyDebts($filter: DebtFilter, $first: Int, $after: String) {\n    debts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        customer {\n          id\n          code\n          name\n        }\n        ...DebtParts\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyCustomerDebt($customerId: ID!) {\n    customerDebt(customerId: $customerId) {\n      ...DebtParts\n    }\n  }\n',
): (typeof documents)['\n  query MoneyCustomerDebt($customerId: ID!) {\n    customerDebt(customerId: $customerId) {\n      ...DebtParts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderRow on Order {\n    id\n    number\n    date\n    deliveryDate\n    status\n    paymentStatus\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n',
): (typeof documents)['\n  fragment OrderRow on Order {\n    id\n    number\n    date\n    deliveryDate\n    status\n    paymentStatus\n    deletedAt\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    received\n    outstanding\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderMoney on Order {\n    ...OrderRow\n    deliveryAddress\n    notes\n    version\n    customer {\n      level\n    }\n    contact {\n      id\n      name\n    }\n    quote {\n      id\n      number\n    }\n    contract {\n      id\n      number\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderMoney on Order {\n    ...OrderRow\n    deliveryAddress\n    notes\n    version\n    customer {\n      level\n    }\n    contact {\n      id\n      name\n    }\n    quote {\n      id\n      number\n    }\n    contract {\n      id\n      number\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderMoney\n    }\n  }\n',
): (typeof documents)['\n  query MoneyOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderMoney\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyUpdateOrder($id: ID!, $input: UpdateOrderInput!) {\n    updateOrder(id: $id, input: $input) {\n      ...OrderMoney\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyUpdateOrder($id: ID!, $input: UpdateOrderInput!) {\n    updateOrder(id: $id, input: $input) {\n      ...OrderMoney\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyDeleteOrders($ids: [ID!]!) {\n    deleteOrders(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MoneyDeleteOrders($ids: [ID!]!) {\n    deleteOrders(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SystemParametersAll on SystemParameters {\n    companyName\n    senderEmail\n    customerCodeMode\n    customerCodePrefix\n    customerCodeWidth\n    createdDateMode\n    taskReminderDays\n    anniversaryReminderDays\n    contactBirthdayReminderDays\n    contractExpiryReminderDays\n    paymentReminderDays\n    smtpHost\n    smtpPort\n    smtpSecure\n    smtpUser\n    smtpPasswordSet\n    version\n  }\n',
): (typeof documents)['\n  fragment SystemParametersAll on SystemParameters {\n    companyName\n    senderEmail\n    customerCodeMode\n    customerCodePrefix\n    customerCodeWidth\n    createdDateMode\n    taskReminderDays\n    anniversaryReminderDays\n    contactBirthdayReminderDays\n    contractExpiryReminderDays\n    paymentReminderDays\n    smtpHost\n    smtpPort\n    smtpSecure\n    smtpUser\n    smtpPasswordSet\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Parameters {\n    systemParameters {\n      ...SystemParametersAll\n    }\n  }\n',
): (typeof documents)['\n  query Parameters {\n    systemParameters {\n      ...SystemParametersAll\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateParameters($input: SystemParametersInput!) {\n    updateSystemParameters(input: $input) {\n      ...SystemParametersAll\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateParameters($input: SystemParametersInput!) {\n    updateSystemParameters(input: $input) {\n      ...SystemParametersAll\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Reminders {\n    reminders {\n      kind\n      date\n      recordId\n      title\n      subtitle\n      email\n    }\n  }\n',
): (typeof documents)['\n  query Reminders {\n    reminders {\n      kind\n      date\n      recordId\n      title\n      subtitle\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendGreeting($kind: ReminderKind!, $recordId: ID!, $subject: String!, $body: String!) {\n    sendGreeting(kind: $kind, recordId: $recordId, subject: $subject, body: $body) {\n      id\n      status\n      toAddress\n    }\n  }\n',
): (typeof documents)['\n  mutation SendGreeting($kind: ReminderKind!, $recordId: ID!, $subject: String!, $body: String!) {\n    sendGreeting(kind: $kind, recordId: $recordId, subject: $subject, body: $body) {\n      id\n      status\n      toAddress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CopyKpiTargets($month: String!) {\n    copyKpiTargets(month: $month) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CopyKpiTargets($month: String!) {\n    copyKpiTargets(month: $month) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($from: Date!, $to: Date!) {\n    dashboard(from: $from, to: $to) {\n      from\n      to\n      levelCounts {\n        level\n        count\n        kind\n      }\n      newCustomers\n      pipeline {\n        stage\n        count\n        value\n      }\n      revenueByMonth {\n        month\n        invoiced\n        received\n      }\n      overdueDebt\n      debtAging {\n        bucket\n        amount\n        count\n      }\n      activitiesDone {\n        userId\n        count\n        user {\n          id\n          name\n        }\n      }\n      campaignStatusCounts {\n        status\n        count\n      }\n      campaignTotals {\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($from: Date!, $to: Date!) {\n    dashboard(from: $from, to: $to) {\n      from\n      to\n      levelCounts {\n        level\n        count\n        kind\n      }\n      newCustomers\n      pipeline {\n        stage\n        count\n        value\n      }\n      revenueByMonth {\n        month\n        invoiced\n        received\n      }\n      overdueDebt\n      debtAging {\n        bucket\n        amount\n        count\n      }\n      activitiesDone {\n        userId\n        count\n        user {\n          id\n          name\n        }\n      }\n      campaignStatusCounts {\n        status\n        count\n      }\n      campaignTotals {\n        registered\n        confirmed\n        joined\n        cancelled\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KpiReport($month: String!, $by: KpiSubject!) {\n    kpiReport(month: $month, by: $by) {\n      subjectId\n      subjectName\n      metric\n      target\n      actual\n      percent\n    }\n  }\n',
): (typeof documents)['\n  query KpiReport($month: String!, $by: KpiSubject!) {\n    kpiReport(month: $month, by: $by) {\n      subjectId\n      subjectName\n      metric\n      target\n      actual\n      percent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportDepartments {\n    departments {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ReportDepartments {\n    departments {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetKpiTargets($month: String!, $targets: [KpiTargetInput!]!) {\n    setKpiTargets(month: $month, targets: $targets) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SetKpiTargets($month: String!, $targets: [KpiTargetInput!]!) {\n    setKpiTargets(month: $month, targets: $targets) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaskStatistics($from: Date!, $to: Date!, $departmentId: ID) {\n    taskStatistics(from: $from, to: $to, departmentId: $departmentId) {\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      planned\n      inProgress\n      done\n      cancelled\n      overdue\n      total\n    }\n  }\n',
): (typeof documents)['\n  query TaskStatistics($from: Date!, $to: Date!, $departmentId: ID) {\n    taskStatistics(from: $from, to: $to, departmentId: $departmentId) {\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      planned\n      inProgress\n      done\n      cancelled\n      overdue\n      total\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConvertQuote($id: ID!, $to: DocumentTarget!) {\n    convertQuote(id: $id, to: $to) {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConvertQuote($id: ID!, $to: DocumentTarget!) {\n    convertQuote(id: $id, to: $to) {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunityRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunityRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...ProductRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...ProductRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteOpportunities($ids: [ID!]!) {\n    deleteOpportunities(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation DeleteOpportunities($ids: [ID!]!) {\n    deleteOpportunities(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteProducts($ids: [ID!]!) {\n    deleteProducts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation DeleteProducts($ids: [ID!]!) {\n    deleteProducts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteQuotes($ids: [ID!]!) {\n    deleteQuotes(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation DeleteQuotes($ids: [ID!]!) {\n    deleteQuotes(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentNumbering {\n    documentNumbering {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n',
): (typeof documents)['\n  query DocumentNumbering {\n    documentNumbering {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProductRow on Product {\n    id\n    code\n    name\n    kind\n    unit\n    price\n    vatRate\n    active\n    description\n    version\n    createdAt\n    deletedAt\n    group {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ProductRow on Product {\n    id\n    code\n    name\n    kind\n    unit\n    price\n    vatRate\n    active\n    description\n    version\n    createdAt\n    deletedAt\n    group {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OpportunityRow on Opportunity {\n    id\n    code\n    name\n    stage\n    probability\n    expectedValue\n    expectedCloseDate\n    lostReason\n    version\n    createdAt\n    deletedAt\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment OpportunityRow on Opportunity {\n    id\n    code\n    name\n    stage\n    probability\n    expectedValue\n    expectedCloseDate\n    lostReason\n    version\n    createdAt\n    deletedAt\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DocumentTotalsParts on DocumentTotals {\n    amount\n    discount\n    vat\n    total\n    inWords\n    vatByRate {\n      rate\n      base\n      vat\n    }\n  }\n',
): (typeof documents)['\n  fragment DocumentTotalsParts on DocumentTotals {\n    amount\n    discount\n    vat\n    total\n    inWords\n    vatByRate {\n      rate\n      base\n      vat\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DocumentLineParts on DocumentLine {\n    id\n    position\n    productName\n    unit\n    quantity\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    amount\n    discount\n    vat\n    total\n    product {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  fragment DocumentLineParts on DocumentLine {\n    id\n    position\n    productName\n    unit\n    quantity\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    amount\n    discount\n    vat\n    total\n    product {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuoteRow on Quote {\n    id\n    number\n    date\n    validUntil\n    status\n    version\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    deletedAt\n  }\n',
): (typeof documents)['\n  fragment QuoteRow on Quote {\n    id\n    number\n    date\n    validUntil\n    status\n    version\n    customer {\n      id\n      code\n      name\n    }\n    owner {\n      id\n      name\n    }\n    totals {\n      total\n    }\n    deletedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    terms\n    contact {\n      id\n      name\n    }\n    opportunity {\n      id\n      code\n      name\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n    convertedTo {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    terms\n    contact {\n      id\n      name\n    }\n    opportunity {\n      id\n      code\n      name\n    }\n    lines {\n      ...DocumentLineParts\n    }\n    totals {\n      ...DocumentTotalsParts\n    }\n    convertedTo {\n      __typename\n      ... on Order {\n        id\n        number\n      }\n      ... on Contract {\n        id\n        number\n      }\n      ... on Invoice {\n        id\n        number\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveOpportunity($id: ID!, $stage: OpportunityStage!, $version: Int!, $lostReason: String) {\n    moveOpportunity(id: $id, stage: $stage, version: $version, lostReason: $lostReason) {\n      ...OpportunityRow\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveOpportunity($id: ID!, $stage: OpportunityStage!, $version: Int!, $lostReason: String) {\n    moveOpportunity(id: $id, stage: $stage, version: $version, lostReason: $lostReason) {\n      ...OpportunityRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Opportunities(\n    $filter: OpportunityFilter\n    $orderBy: [OpportunityOrder!]\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Opportunities(\n    $filter: OpportunityFilter\n    $orderBy: [OpportunityOrder!]\n    $first: Int\n    $after: String\n  ) {\n    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OpportunityBoard($filter: OpportunityFilter, $first: Int) {\n    opportunityPipeline(filter: $filter) {\n      stage\n      count\n      value\n    }\n    needsAnalysis: opportunities(\n      filter: { stages: [NEEDS_ANALYSIS] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    proposal: opportunities(\n      filter: { stages: [PROPOSAL] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    negotiation: opportunities(\n      filter: { stages: [NEGOTIATION] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    won: opportunities(\n      filter: { stages: [WON] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    lost: opportunities(\n      filter: { stages: [LOST] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OpportunityBoard($filter: OpportunityFilter, $first: Int) {\n    opportunityPipeline(filter: $filter) {\n      stage\n      count\n      value\n    }\n    needsAnalysis: opportunities(\n      filter: { stages: [NEEDS_ANALYSIS] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    proposal: opportunities(\n      filter: { stages: [PROPOSAL] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    negotiation: opportunities(\n      filter: { stages: [NEGOTIATION] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    won: opportunities(\n      filter: { stages: [WON] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n    lost: opportunities(\n      filter: { stages: [LOST] }\n      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]\n      first: $first\n    ) {\n      nodes {\n        ...OpportunityRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OpportunitySources {\n    categories(kind: SOURCE) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query OpportunitySources {\n    categories(kind: SOURCE) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityRow\n      description\n      contact {\n        id\n        name\n      }\n      source {\n        id\n        name\n      }\n      quotes {\n        ...QuoteRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityRow\n      description\n      contact {\n        id\n        name\n      }\n      source {\n        id\n        name\n      }\n      quotes {\n        ...QuoteRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreOrders($ids: [ID!]!) {\n    restoreOrders(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreOrders($ids: [ID!]!) {\n    restoreOrders(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeOrders($ids: [ID!]!) {\n    purgeOrders(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeOrders($ids: [ID!]!) {\n    purgeOrders(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyOrders($filter: OrderFilter, $orderBy: [OrderOrder!], $first: Int, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OrderRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyOrders($filter: OrderFilter, $orderBy: [OrderOrder!], $first: Int, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...OrderRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductGroups {\n    categories(kind: PRODUCT_GROUP) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ProductGroups {\n    categories(kind: PRODUCT_GROUP) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductOptions($search: String) {\n    products(\n      filter: { search: $search, active: true }\n      orderBy: [{ field: CODE, direction: ASC }]\n      first: 20\n    ) {\n      nodes {\n        id\n        code\n        name\n        unit\n        price\n        vatRate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProductOptions($search: String) {\n    products(\n      filter: { search: $search, active: true }\n      orderBy: [{ field: CODE, direction: ASC }]\n      first: 20\n    ) {\n      nodes {\n        id\n        code\n        name\n        unit\n        price\n        vatRate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Product($id: ID!) {\n    product(id: $id) {\n      ...ProductRow\n    }\n  }\n',
): (typeof documents)['\n  query Product($id: ID!) {\n    product(id: $id) {\n      ...ProductRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Products($filter: ProductFilter, $orderBy: [ProductOrder!], $first: Int, $after: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ProductRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Products($filter: ProductFilter, $orderBy: [ProductOrder!], $first: Int, $after: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ProductRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeOpportunities($ids: [ID!]!) {\n    purgeOpportunities(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeOpportunities($ids: [ID!]!) {\n    purgeOpportunities(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeProducts($ids: [ID!]!) {\n    purgeProducts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeProducts($ids: [ID!]!) {\n    purgeProducts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeQuotes($ids: [ID!]!) {\n    purgeQuotes(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeQuotes($ids: [ID!]!) {\n    purgeQuotes(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n',
): (typeof documents)['\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Quotes($filter: QuoteFilter, $orderBy: [QuoteOrder!], $first: Int, $after: String) {\n    quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...QuoteRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Quotes($filter: QuoteFilter, $orderBy: [QuoteOrder!], $first: Int, $after: String) {\n    quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...QuoteRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreReceipts($ids: [ID!]!) {\n    restoreReceipts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreReceipts($ids: [ID!]!) {\n    restoreReceipts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PurgeReceipts($ids: [ID!]!) {\n    purgeReceipts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation PurgeReceipts($ids: [ID!]!) {\n    purgeReceipts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyReceipts($filter: ReceiptFilter, $orderBy: [ReceiptOrder!], $first: Int, $after: String) {\n    receipts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ReceiptRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyReceipts($filter: ReceiptFilter, $orderBy: [ReceiptOrder!], $first: Int, $after: String) {\n    receipts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...ReceiptRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreOpportunities($ids: [ID!]!) {\n    restoreOpportunities(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreOpportunities($ids: [ID!]!) {\n    restoreOpportunities(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreProducts($ids: [ID!]!) {\n    restoreProducts(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreProducts($ids: [ID!]!) {\n    restoreProducts(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreQuotes($ids: [ID!]!) {\n    restoreQuotes(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation RestoreQuotes($ids: [ID!]!) {\n    restoreQuotes(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SalesCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n      contacts(first: 50) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n    opportunities(filter: { customerId: $id }, first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SalesCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n      contacts(first: 50) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n    opportunities(filter: { customerId: $id }, first: 50) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SalesViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n',
): (typeof documents)['\n  query SalesViewer {\n    me {\n      id\n      name\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetQuoteStatus($id: ID!, $status: QuoteStatus!, $version: Int!) {\n    setQuoteStatus(id: $id, status: $status, version: $version) {\n      ...QuoteDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation SetQuoteStatus($id: ID!, $status: QuoteStatus!, $version: Int!) {\n    setQuoteStatus(id: $id, status: $status, version: $version) {\n      ...QuoteDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDocumentNumbering($kind: DocumentKind!, $prefix: String!, $width: Int!) {\n    updateDocumentNumbering(kind: $kind, prefix: $prefix, width: $width) {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDocumentNumbering($kind: DocumentKind!, $prefix: String!, $width: Int!) {\n    updateDocumentNumbering(kind: $kind, prefix: $prefix, width: $width) {\n      kind\n      prefix\n      width\n      next\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) {\n      ...OpportunityRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) {\n      ...OpportunityRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n'];
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
  source: '\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {\n    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...ListPageParts\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerOptions($search: String) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: 20) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CustomerOptions($search: String) {\n    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: 20) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerOption($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CustomerOption($id: ID!) {\n    customer(id: $id) {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UserOptions($active: Boolean) {\n    users(filter: { active: $active }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UserOptions($active: Boolean) {\n    users(filter: { active: $active }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {\n      nodes {\n        id\n        name\n        email\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      language\n      department {\n        id\n        name\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
