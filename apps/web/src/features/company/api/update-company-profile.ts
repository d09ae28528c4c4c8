import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateCompanyProfileDocument = graphql(`
  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {
    updateCompanyProfile(input: $input) {
      ...CompanyProfileAll
    }
  }
`);

export function useUpdateCompanyProfile() {
  return useMutation(UpdateCompanyProfileDocument);
}
