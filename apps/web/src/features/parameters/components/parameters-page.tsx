import { Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { systemParametersSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  Form,
  PasswordField,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../components/form';
import { ErrorAlert, Page, PageLoader } from '../../../components/page';
import { useParameters } from '../api/system-parameters';
import { useUpdateParameters } from '../api/update-system-parameters';
import { NumberField } from './number-field';
import { notifyDone } from '../../../lib/notify';

const DAYS = [
  'taskReminderDays',
  'anniversaryReminderDays',
  'contactBirthdayReminderDays',
  'contractExpiryReminderDays',
  'paymentReminderDays',
] as const;

/** Cài đặt → Tham số hệ thống (PAR-01..04), admin only; "Cập nhật" saves. */
export function ParametersPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useParameters();
  const [update] = useUpdateParameters();
  const p = data?.systemParameters;
  if (!p) {
    return loading ? (
      <PageLoader />
    ) : (
      <Page title={t('parameters.title')}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const modes = (['AUTO', 'MANUAL'] as const).map((m) => ({ value: m, label: t(`parameters.modes.${m}`) }));
  const section = (title: string) => (
    <Title order={2} size="h4" mt="md">
      {title}
    </Title>
  );
  return (
    <Page title={t('parameters.title')}>
      <Paper withBorder p="lg" maw={960}>
        <Form
          key={p.version}
          schema={systemParametersSchema}
          label={t('parameters.title')}
          defaultValues={{
            companyName: p.companyName ?? null,
            senderEmail: p.senderEmail ?? null,
            customerCodeMode: p.customerCodeMode,
            customerCodePrefix: p.customerCodePrefix,
            customerCodeWidth: p.customerCodeWidth,
            createdDateMode: p.createdDateMode,
            taskReminderDays: p.taskReminderDays,
            anniversaryReminderDays: p.anniversaryReminderDays,
            contactBirthdayReminderDays: p.contactBirthdayReminderDays,
            contractExpiryReminderDays: p.contractExpiryReminderDays,
            paymentReminderDays: p.paymentReminderDays,
            smtpHost: p.smtpHost ?? null,
            smtpPort: p.smtpPort ?? null,
            smtpSecure: p.smtpSecure ?? false,
            smtpUser: p.smtpUser ?? null,
            smtpPassword: undefined,
            version: p.version,
          }}
          onSubmit={async (input) => {
            const { data: saved } = await update({ variables: { input } });
            if (saved) {
              notifyDone(t('parameters.saved'));
              void refetch();
            }
          }}
        >
          {section(t('parameters.company'))}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <TextField name="companyName" label={t('parameters.fields.companyName')} />
            <TextField name="senderEmail" label={t('parameters.fields.senderEmail')} type="email" />
          </SimpleGrid>
          {section(t('parameters.codes'))}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <SelectField
              name="customerCodeMode"
              label={t('parameters.fields.customerCodeMode')}
              data={modes}
              required
            />
            <SelectField
              name="createdDateMode"
              label={t('parameters.fields.createdDateMode')}
              data={modes}
              required
            />
            <TextField
              name="customerCodePrefix"
              label={t('parameters.fields.customerCodePrefix')}
              empty="string"
            />
            <NumberField
              name="customerCodeWidth"
              label={t('parameters.fields.customerCodeWidth')}
              min={1}
              max={12}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('parameters.example', {
              code: `${p.customerCodePrefix}${'1'.padStart(p.customerCodeWidth, '0')}`,
            })}
          </Text>
          {section(t('parameters.reminderDays'))}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
            {DAYS.map((d) => (
              <NumberField key={d} name={d} label={t(`parameters.fields.${d}`)} min={0} max={365} />
            ))}
          </SimpleGrid>
          {section(t('parameters.mail'))}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <TextField name="smtpHost" label={t('parameters.fields.smtpHost')} />
            <NumberField name="smtpPort" label={t('parameters.fields.smtpPort')} min={1} max={65535} />
            <TextField name="smtpUser" label={t('parameters.fields.smtpUser')} autoComplete="off" />
            <PasswordField
              name="smtpPassword"
              label={t('parameters.fields.smtpPassword')}
              description={p.smtpPasswordSet ? t('parameters.passwordSet') : t('parameters.passwordUnset')}
              autoComplete="new-password"
            />
          </SimpleGrid>
          <CheckboxField name="smtpSecure" label={t('parameters.fields.smtpSecure')} />
          <Group>
            <SubmitButton>{t('common.update')}</SubmitButton>
          </Group>
        </Form>
      </Paper>
    </Page>
  );
}
