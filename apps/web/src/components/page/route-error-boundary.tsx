import { Button, Center, Stack } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { MessagePage } from './message-page';

/** The `ErrorBoundary` of every route section: the shell stays, the section shows the error. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <MessagePage
        title={t('errors.notFoundTitle')}
        heading={t('errors.notFoundTitle')}
        body={t('errors.notFound')}
      />
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
