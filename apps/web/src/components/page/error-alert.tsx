import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './error-message';

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      <Group justify="space-between" align="center">
        <span>{message(error)}</span>
        {onRetry ? (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
