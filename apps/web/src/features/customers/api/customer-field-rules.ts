import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql';

/** DUP-01 rules of the customer module: the form marks the required ones `*` and checks them. */
export const CustomerFieldRulesDocument = graphql(`
  query CustomerFieldRules {
    fieldRules(module: "customer") {
      field
      required
      unique
    }
  }
`);

export function useCustomerFieldRules() {
  const { data, error } = useQuery(CustomerFieldRulesDocument);
  const required = useMemo<ReadonlySet<string>>(
    () => new Set((data?.fieldRules ?? []).filter((r) => r.required).map((r) => r.field)),
    [data],
  );
  // Without the rules the form still works; the server enforces them anyway.
  return { required, loaded: Boolean(data) || Boolean(error) };
}
