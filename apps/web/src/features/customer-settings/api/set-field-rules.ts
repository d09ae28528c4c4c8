import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SetFieldRulesDocument = graphql(`
  mutation SetFieldRules($module: String!, $rules: [FieldRuleInput!]!) {
    setFieldRules(module: $module, rules: $rules) {
      field
      required
      unique
    }
  }
`);

export function useSetFieldRules() {
  // The forms of both modules read their rules by these operation names.
  return useMutation(SetFieldRulesDocument, {
    refetchQueries: ['FieldRuleSettings', 'CustomerFieldRules', 'ContactFieldRules'],
  });
}
