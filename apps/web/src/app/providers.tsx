import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ConfirmProvider } from '../components/confirm';
import { i18next } from '../i18n';
import { createApolloClient } from '../lib/apollo';
import { clearSignedIn } from '../lib/signed-in';
import { router } from './router';
import { useAppTheme } from './theme';

const client = createApolloClient({
  onUnauthenticated: () => {
    clearSignedIn();
    const { pathname, search } = window.location;
    if (pathname !== '/login') {
      void router.navigate('/login', { replace: true, state: { from: pathname + search } });
    }
  },
});

export interface ProvidersProps {
  children: ReactNode;
}

/** Secondary text (`c="dimmed"`) in gray 7: gray 6 is 3.3:1 on white, under AA's 4.5:1. */
const readableDimmed: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: { '--mantine-color-dimmed': theme.colors.gray[7] },
  dark: {},
});

function ThemedProviders({ children }: ProvidersProps) {
  const theme = useAppTheme();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={readableDimmed}>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <ConfirmProvider>{children}</ConfirmProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}

export function Providers({ children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18next}>
      <ThemedProviders>{children}</ThemedProviders>
    </I18nextProvider>
  );
}
