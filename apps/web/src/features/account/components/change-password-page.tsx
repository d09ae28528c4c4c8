import { Paper } from '@mantine/core';
import { changePasswordSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, FormActions, PasswordField } from '../../../components/form';
import { Page } from '../../../components/page';
import { useChangePassword } from '../api/change-password';
import { notifyDone } from '../../../lib/notify';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [changePassword] = useChangePassword();
  const back = () => void navigate(-1);

  return (
    <Page title={t('account.changePassword')}>
      <Paper withBorder p="lg" maw={480}>
        <Form
          schema={changePasswordSchema}
          label={t('account.changePassword')}
          defaultValues={{ currentPassword: '', newPassword: '' }}
          onSubmit={async (values) => {
            await changePassword({ variables: values });
            notifyDone(t('account.passwordChanged'));
            back();
          }}
        >
          <PasswordField
            name="currentPassword"
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
          />
          <PasswordField
            name="newPassword"
            label={t('account.newPassword')}
            autoComplete="new-password"
            strength
            required
          />
          <FormActions mode="edit" onBack={back} />
        </Form>
      </Paper>
    </Page>
  );
}
