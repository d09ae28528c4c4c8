import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CategoryKind } from '../../../gql/graphql';

export const SettingsCategoriesDocument = graphql(`
  query SettingsCategories($kind: CategoryKind!) {
    categories(kind: $kind) {
      id
      kind
      name
      sortOrder
    }
  }
`);

export function useSettingsCategories(kind: CategoryKind) {
  return useQuery(SettingsCategoriesDocument, { variables: { kind } });
}
