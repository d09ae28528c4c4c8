import { useQuery } from '@apollo/client/react';
import { createContext, useContext } from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

/** The signed-in user: loaded once by the session gate (app/session.tsx), read by every screen. */
export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      language
      department {
        id
        name
      }
    }
  }
`);

export type Viewer = MeQuery['me'];

export function useMe() {
  return useQuery(MeDocument, { fetchPolicy: 'cache-first' });
}

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only below the session gate, which provides it. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) {
    throw new Error('useViewer needs the session gate above it');
  }
  return viewer;
}

/** Managers and admins: they set targets, see their department's books and pick owners. */
export function isManagerOrAdmin(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === 'ADMIN' || viewer.role === 'MANAGER';
}
