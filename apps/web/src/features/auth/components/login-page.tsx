import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../components/language-switch';
import { loadAllTexts, setUiLanguage } from '../../../i18n';
import { markSignedIn } from '../../../lib/signed-in';
import { login } from '../api/login';
import { LoginForm } from './login-form';

interface FromState {
  from?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    document.title = `${t('auth.login')} · ${t('app.name')}`;
  }, [t]);

  const from = (location.state as FromState | null)?.from;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w="100%" maw={400} gap="md">
        <Group justify="space-between">
          <Text fw={700} size="xl" c="teal.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch onChange={(language) => void setUiLanguage(language)} />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb="md">
            {t('auth.loginTitle')}
          </Title>
          <LoginForm
            label={t('auth.login')}
            onSubmit={async (values) => {
              // The screens after login need the whole text catalogue: fetched while the server checks.
              void loadAllTexts().catch(() => undefined);
              const { user } = await login(values);
              // The server set the session cookie; the token itself is never asked for here.
              await markSignedIn();
              await setUiLanguage(user.language === 'EN' ? 'en' : 'vi');
              await navigate(from && from !== '/login' ? from : '/', { replace: true });
            }}
          />
        </Paper>
      </Stack>
    </Center>
  );
}
