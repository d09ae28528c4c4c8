import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DepartmentsDocument = graphql(`
  query Departments {
    departments {
      id
      name
    }
  }
`);

export function useDepartments() {
  return useQuery(DepartmentsDocument);
}
