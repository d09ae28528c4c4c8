import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentLanguage } from '../i18n';
import { maybeSignedIn } from './signed-in';

export interface ApolloOptions {
  /** Called when the server no longer accepts the session (expired, ended, or signed out elsewhere). */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: ApolloOptions): ApolloClient {
  const headers = new SetContextLink((prev) => {
    // The session travels in its HttpOnly cookie (same origin); server errors arrive in the UI language.
    return { headers: { ...prev.headers, 'Accept-Language': currentLanguage() } };
  });

  const sessionLost = new ErrorLink(({ error, operation }) => {
    // A wrong password at login is not a lost session, nor is a visitor's public page.
    if (
      maybeSignedIn() &&
      operation.operationName !== 'Login' &&
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      onUnauthenticated();
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionLost, headers, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
