import { Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { COMPANY_LOGO_MAX_BYTES, companyProfileSchema } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, SubmitButton, TextField } from '../../../components/form';
import { ErrorAlert, Page, PageLoader } from '../../../components/page';
import { removeLogo, uploadLogo, useLogoSrc } from '../api/company-logo';
import { useCompanyProfile } from '../api/company-profile';
import { useUpdateCompanyProfile } from '../api/update-company-profile';
import { notifyDone, notifyFailed } from '../../../lib/notify';

const FIELDS = [
  'name',
  'taxCode',
  'address',
  'phone',
  'email',
  'website',
  'bankAccount',
  'bankName',
  'representative',
] as const;

/** Cài đặt → Thông tin công ty (PAR-01), admin only: the header of every printed document. */
export function CompanyProfilePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useCompanyProfile();
  const [update] = useUpdateCompanyProfile();
  const [busy, setBusy] = useState(false);
  const profile = data?.companyProfile;
  const logoSrc = useLogoSrc(profile?.logoUrl);
  if (!profile) {
    return loading ? (
      <PageLoader />
    ) : (
      <Page title={t('company.title')}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const logoAction = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await action();
      notifyDone(message);
      await refetch();
    } catch (err) {
      notifyFailed(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('company.title')}>
      <Stack maw={960} gap="lg">
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('company.logo')}
          </Title>
          <Group align="center">
            {logoSrc ? (
              <Image src={logoSrc} alt={t('company.logoAlt')} h={72} w="auto" fit="contain" />
            ) : (
              <Text c="dimmed" size="sm">
                {t('company.noLogo')}
              </Text>
            )}
            <FileButton
              accept="image/png,image/jpeg"
              onChange={(file) => {
                if (file) {
                  void logoAction(() => uploadLogo(file), t('company.logoSaved'));
                }
              }}
            >
              {(props) => (
                <Button variant="default" loading={busy} {...props}>
                  {t('company.chooseLogo')}
                </Button>
              )}
            </FileButton>
            {profile.logoUrl && (
              <Button
                variant="subtle"
                color="red"
                disabled={busy}
                onClick={() => void logoAction(removeLogo, t('company.logoRemoved'))}
              >
                {t('company.removeLogo')}
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed" mt="xs">
            {t('company.logoHint', { kb: COMPANY_LOGO_MAX_BYTES / 1024 })}
          </Text>
        </Paper>
        <Paper withBorder p="lg">
          <Form
            key={profile.version}
            schema={companyProfileSchema}
            label={t('company.title')}
            defaultValues={{
              ...Object.fromEntries(FIELDS.map((f) => [f, profile[f] ?? null])),
              version: profile.version,
            }}
            onSubmit={async (input) => {
              const { data: saved } = await update({ variables: { input } });
              if (saved) {
                notifyDone(t('company.saved'));
                void refetch();
              }
            }}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
              {FIELDS.map((f) => (
                <TextField key={f} name={f} label={t(`company.fields.${f}`)} />
              ))}
            </SimpleGrid>
            <Group mt="md">
              <SubmitButton>{t('common.update')}</SubmitButton>
            </Group>
          </Form>
        </Paper>
      </Stack>
    </Page>
  );
}
