import { ApolloProvider } from '@apollo/client/react';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { ConfirmProvider } from '../components/confirm';
import { createApolloClient } from '../lib/apollo';
import { clearSignedIn, onSignIn } from '../lib/signed-in';
import { router } from './router';

const client = createApolloClient({
  onUnauthenticated: () => {
    clearSignedIn();
    const { pathname, search } = window.location;
    if (pathname !== '/login') {
      void router.navigate('/login', { replace: true, state: { from: pathname + search } });
    }
  },
});

// A previous session's cached data must not leak into the next one signed in on this page.
onSignIn(() => client.clearStore());

export interface AppServicesProps {
  children: ReactNode;
}

/** The GraphQL client, notifications and confirm dialogs: for the screens after login and the public pages. */
export function AppServices({ children }: AppServicesProps) {
  return (
    <ApolloProvider client={client}>
      <Notifications position="top-right" />
      <ConfirmProvider>{children}</ConfirmProvider>
    </ApolloProvider>
  );
}
