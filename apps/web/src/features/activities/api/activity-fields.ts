import { graphql } from '../../../gql';

export const ActivityRowFragment = graphql(`
  fragment ActivityRow on Activity {
    id
    name
    type
    status
    priority
    description
    startAt
    dueAt
    createdAt
    version
    commentCount
    assignee {
      id
      name
    }
    createdBy {
      id
      name
    }
    participants {
      id
      name
    }
    customers {
      id
      code
      name
      level
    }
  }
`);
