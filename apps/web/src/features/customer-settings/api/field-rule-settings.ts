import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** DUP-01: the fields a module offers and their current rules. */
export const FieldRuleSettingsDocument = graphql(`
  query FieldRuleSettings($module: String!) {
    fieldRuleFields(module: $module) {
      field
      label
      canBeUnique
    }
    fieldRules(module: $module) {
      field
      required
      unique
    }
  }
`);

export function useFieldRuleSettings(module: string) {
  return useQuery(FieldRuleSettingsDocument, { variables: { module }, fetchPolicy: 'network-only' });
}
