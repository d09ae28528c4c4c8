import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateMyPreferencesDocument = graphql(`
  mutation UpdateMyPreferences($language: Language!) {
    updateMyPreferences(language: $language) {
      id
      language
    }
  }
`);

export function useUpdateMyPreferences() {
  return useMutation(UpdateMyPreferencesDocument);
}
