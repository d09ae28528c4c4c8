import { changePasswordSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormPage, PasswordField } from '../../../components/form';

import { useChangePassword } from '../api/change-password';
import { notifyDone } from '../../../lib/notify';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [changePassword] = useChangePassword();
  const back = () => void navigate(-1);

  return (
    <FormPage
      title={t('account.changePassword')}
      mode="edit"
      onBack={back}
      maw={480}
      schema={changePasswordSchema}
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
    </FormPage>
  );
}
