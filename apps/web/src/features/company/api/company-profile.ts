import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CompanyProfileFragment = graphql(`
  fragment CompanyProfileAll on CompanyProfile {
    name
    taxCode
    address
    phone
    email
    website
    bankAccount
    bankName
    representative
    logoUrl
    version
  }
`);

export const CompanyProfileDocument = graphql(`
  query CompanyProfile {
    companyProfile {
      ...CompanyProfileAll
    }
  }
`);

export function useCompanyProfile() {
  return useQuery(CompanyProfileDocument, { fetchPolicy: 'network-only' });
}
