import { graphql } from '../../../gql';

export const CareCardRowFragment = graphql(`
  fragment CareCardRow on CareCard {
    id
    code
    orderNumber
    careDate
    channel
    satisfaction
    result
    notes
    tags
    version
    createdAt
    customer {
      id
      code
      name
    }
    order {
      id
      number
    }
    owner {
      id
      name
    }
    unit {
      id
      name
    }
  }
`);
