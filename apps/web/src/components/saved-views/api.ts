import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const SavedViewsDocument = graphql(`
  query SavedViews($module: String!) {
    savedViews(module: $module) {
      id
      module
      name
      filter
      columns
      orderBy
      shared
      isDefault
      droppedFilters
      owner {
        id
        name
      }
    }
  }
`);

export const SaveViewDocument = graphql(`
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) {
      id
      name
    }
  }
`);

export const DeleteViewDocument = graphql(`
  mutation DeleteView($id: ID!) {
    deleteView(id: $id)
  }
`);

export const SetDefaultViewDocument = graphql(`
  mutation SetDefaultView($module: String!, $id: ID) {
    setDefaultView(module: $module, id: $id)
  }
`);

export function useSavedViewsQuery(module: string) {
  return useQuery(SavedViewsDocument, { variables: { module }, fetchPolicy: 'cache-and-network' });
}

const refetch = (module: string) => ({
  refetchQueries: [{ query: SavedViewsDocument, variables: { module } }],
});

export function useSaveView(module: string) {
  return useMutation(SaveViewDocument, { ...refetch(module), awaitRefetchQueries: true });
}
export function useDeleteView(module: string) {
  return useMutation(DeleteViewDocument, refetch(module));
}
export function useSetDefaultView(module: string) {
  return useMutation(SetDefaultViewDocument, refetch(module));
}
