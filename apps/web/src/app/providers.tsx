import { MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18next } from '../i18n';
import { useAppTheme } from './theme';

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
      {children}
    </MantineProvider>
  );
}

/**
 * What every page needs, the login page included: texts and theme. The GraphQL client,
 * notifications and confirm dialogs come with the screens that use them (`AppServices`).
 */
export function Providers({ children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18next}>
      <ThemedProviders>{children}</ThemedProviders>
    </I18nextProvider>
  );
}
