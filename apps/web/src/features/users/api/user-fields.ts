import { graphql } from '../../../gql';

/** The user columns every users screen shows; mutations return them so the cache stays current. */
export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    active
    birthday
    createdAt
    version
    department {
      id
      name
    }
  }
`);
