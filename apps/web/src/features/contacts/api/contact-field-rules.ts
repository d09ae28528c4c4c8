import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql';

/** DUP-01 rules of the contact module. */
export const ContactFieldRulesDocument = graphql(`
  query ContactFieldRules {
    fieldRules(module: "contact") {
      field
      required
      unique
    }
  }
`);

export function useContactFieldRules() {
  const { data, error } = useQuery(ContactFieldRulesDocument);
  const required = useMemo<ReadonlySet<string>>(
    () => new Set((data?.fieldRules ?? []).filter((r) => r.required).map((r) => r.field)),
    [data],
  );
  return { required, loaded: Boolean(data) || Boolean(error) };
}
