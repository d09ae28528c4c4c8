import { graphql } from '../../../gql';

/** A contact as the list, the trash and the edit form show it. */
export const ContactRowFragment = graphql(`
  fragment ContactRow on Contact {
    id
    name
    title
    gender
    mobile
    email
    birthday
    address
    isPrimary
    notes
    createdAt
    deletedAt
    version
    status {
      id
      name
    }
    customer {
      id
      code
      name
    }
    owner {
      id
      name
    }
  }
`);
