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
    deletedAt
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

/** A campaign's money and member counts: its detail page and its charts show the same. */
export const CampaignFiguresFragment = graphql(`
  fragment CampaignFigures on Campaign {
    budget
    expectedRevenue
    actualRevenue
    totalExpenses
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

export const CampaignDetailFragment = graphql(`
  fragment CampaignDetail on Campaign {
    ...CampaignRow
    description
    goals
    ...CampaignFigures
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
