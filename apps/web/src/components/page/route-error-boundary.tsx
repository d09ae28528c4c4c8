import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

/**
 * The `ErrorBoundary` of every route section: the shell stays, the section shows the error. Kept
 * light (no `Page` with its action drawer): every page, the login page too, carries it.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('errors.notFoundTitle')}
        </Title>
        <Text c="dimmed">{t('errors.notFound')}</Text>
      </Stack>
    );
  }
  return (
    <Center p="md">
      <Stack maw={640} w="100%">
        <ErrorAlert error={error} />
        <Button variant="default" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      </Stack>
    </Center>
  );
}
