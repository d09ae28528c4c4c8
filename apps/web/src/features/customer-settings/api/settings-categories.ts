import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CategoryKind } from '../../../gql/graphql';

/** A category as the settings list shows it; creating or renaming one answers with the same. */
export const CategoryRowFragment = graphql(`
  fragment CategoryRow on Category {
    id
    kind
    name
    sortOrder
  }
`);

export const SettingsCategoriesDocument = graphql(`
  query SettingsCategories($kind: CategoryKind!) {
    categories(kind: $kind) {
      ...CategoryRow
    }
  }
`);

export function useSettingsCategories(kind: CategoryKind) {
  return useQuery(SettingsCategoriesDocument, { variables: { kind } });
}
