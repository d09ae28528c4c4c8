import { useApolloClient } from '@apollo/client/react';
import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { loginSchema } from '@sen/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Form, PasswordField, SubmitButton, TextField } from '../../../components/form';
import { LanguageSwitch } from '../../../components/language-switch';
import { setUiLanguage } from '../../../i18n';
import { markSignedIn } from '../../../lib/signed-in';
import { useLogin } from '../api/login';

interface FromState {
  from?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const [login] = useLogin();

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
          <Form
            schema={loginSchema}
            defaultValues={{ email: '', password: '' }}
            label={t('auth.login')}
            onSubmit={async (values) => {
              const { data } = await login({ variables: values });
              if (!data) {
                return;
              }
              // A previous session's cached data must not leak into this one.
              await client.clearStore();
              // The server set the session cookie; the token itself is never asked for here.
              markSignedIn();
              await setUiLanguage(data.login.user.language === 'EN' ? 'en' : 'vi');
              await navigate(from && from !== '/login' ? from : '/', { replace: true });
            }}
          >
            <TextField name="email" label={t('auth.email')} type="email" autoComplete="username" required />
            <PasswordField
              name="password"
              label={t('auth.password')}
              autoComplete="current-password"
              required
            />
            <SubmitButton fullWidth mt="xs">
              {t('auth.login')}
            </SubmitButton>
          </Form>
        </Paper>
      </Stack>
    </Center>
  );
}
