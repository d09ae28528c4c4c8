import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentLanguage } from '../i18n';
import { getToken } from './auth-token';

export interface ApolloOptions {
  /** Called when the server no longer accepts the stored token. */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: ApolloOptions): ApolloClient {
  const headers = new SetContextLink((prev) => {
    const token = getToken();
    return {
      headers: {
        ...prev.headers,
        // Server errors then arrive in the UI language.
        'Accept-Language': currentLanguage(),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    };
  });

  const sessionLost = new ErrorLink(({ error, operation }) => {
    const sentToken = Boolean(
      (operation.getContext().headers as Record<string, string> | undefined)?.Authorization,
    );
    // A wrong password at login is not a lost session.
    if (
      sentToken &&
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
