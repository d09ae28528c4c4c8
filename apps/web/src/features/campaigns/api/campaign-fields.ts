import { graphql } from '../../../gql';

export const CampaignRowFragment = graphql(`
  fragment CampaignRow on Campaign {
    id
    code
    name
    type
    status
    startDate
    endDate
    canManage
    memberCount
    executor {
      id
      name
    }
    creator {
      id
      name
    }
  }
`);

export const CampaignDetailFragment = graphql(`
  fragment CampaignDetail on Campaign {
    ...CampaignRow
    description
    goals
    budget
    expectedRevenue
    actualRevenue
    totalExpenses
    version
    expenses {
      item
      amount
      date
    }
    keyMap {
      key
      status
    }
    stats {
      registered
      confirmed
      joined
      cancelled
    }
    statusCounts {
      status
      count
    }
  }
`);

export const CampaignMemberRowFragment = graphql(`
  fragment CampaignMemberRow on CampaignMember {
    id
    status
    joinedAt
    customerId
    customerName
    customerCode
    owner {
      id
      name
    }
    customer {
      id
      phone
      email
      officeAddress
    }
  }
`);
