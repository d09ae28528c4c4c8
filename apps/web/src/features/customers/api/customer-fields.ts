import { graphql } from '../../../gql';

/** The columns of the customer list (and the trash); mutations return them to keep the cache current. */
export const CustomerRowFragment = graphql(`
  fragment CustomerRow on Customer {
    id
    code
    name
    kind
    level
    email
    phone
    officeAddress
    province
    labels
    contactCount
    createdAt
    deletedAt
    version
    groups {
      id
      name
    }
    owner {
      id
      name
    }
  }
`);

/** Everything the detail screen and the edit form show. */
export const CustomerDetailFragment = graphql(`
  fragment CustomerDetail on Customer {
    ...CustomerRow
    fax
    taxCode
    website
    businessAddress
    foundedOn
    description
    updatedAt
    industry {
      id
      name
    }
    scale {
      id
      name
    }
    source {
      id
      name
    }
    sharedWith {
      id
      name
    }
  }
`);
