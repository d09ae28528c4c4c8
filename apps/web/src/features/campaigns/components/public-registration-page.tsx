import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { campaignRegistrationSchema } from '@sen/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Form, SubmitButton, TextareaField, TextField } from '../../../components/form';
import { useRegisterForCampaign } from '../api/register-for-campaign';

/**
 * CMP-10 (a): the public form of a campaign, no sign-in. The answer never says whether the
 * person was already a customer.
 */
export function PublicRegistrationPage() {
  const { t } = useTranslation();
  const { campaignCode = '' } = useParams();
  const [register] = useRegisterForCampaign();
  const [done, setDone] = useState(false);
  useEffect(() => {
    document.title = t('campaigns.register.title');
  }, [t]);
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder p="xl" w="100%" maw={520}>
        <Stack>
          <Title order={1} size="h3">
            {t('campaigns.register.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.register.intro', { code: campaignCode })}
          </Text>
          {done ? (
            <>
              <Alert color="teal" role="status">
                {t('campaigns.register.thanks')}
              </Alert>
              <Button variant="default" onClick={() => setDone(false)}>
                {t('campaigns.register.again')}
              </Button>
            </>
          ) : (
            <Form
              schema={campaignRegistrationSchema}
              label={t('campaigns.register.title')}
              defaultValues={{ name: '', phone: null, email: null, company: null, note: null }}
              onSubmit={async (input) => {
                await register({ variables: { campaignCode, input } });
                setDone(true);
              }}
            >
              <TextField name="name" label={t('campaigns.register.name')} required />
              <TextField name="phone" label={t('campaigns.register.phone')} inputMode="tel" />
              <TextField name="email" label={t('campaigns.register.email')} type="email" />
              <TextField name="company" label={t('campaigns.register.company')} />
              <TextareaField name="note" label={t('campaigns.register.note')} minRows={2} />
              <SubmitButton>{t('campaigns.register.submit')}</SubmitButton>
            </Form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
