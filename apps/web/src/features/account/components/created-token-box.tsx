import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CreatedTokenBoxProps {
  name: string;
  token: string;
  onClose: () => void;
}

/** The secret of a new token, shown this once (USR-04): the server keeps only its hash. */
export function CreatedTokenBox({ name, token, onClose }: CreatedTokenBoxProps) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('account.createdTokenTitle', { name })} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('account.createdTokenWarning')}</Text>
        <Group gap="sm" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            aria-label={t('account.createdTokenLabel')}
            data-testid="created-token"
          >
            {token}
          </Code>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : undefined} onClick={copy} variant="filled">
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group>
          <Button variant="default" size="xs" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
