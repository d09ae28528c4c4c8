import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { DepartmentsDocument } from './departments';

export const CreateDepartmentDocument = graphql(`
  mutation CreateDepartment($name: String!) {
    createDepartment(name: $name) {
      id
      name
    }
  }
`);

export function useCreateDepartment() {
  return useMutation(CreateDepartmentDocument, {
    refetchQueries: [DepartmentsDocument],
    awaitRefetchQueries: true,
  });
}
