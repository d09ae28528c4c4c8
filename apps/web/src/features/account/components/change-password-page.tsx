import { changePasswordSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { FormPage, PasswordField } from '../../../components/form';

import { useChangePassword } from '../api/change-password';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [changePassword] = useChangePassword();

  return (
    <FormPage
      title={t('account.changePassword')}
      mode="edit"
      backTo={-1}
      maw={480}
      schema={changePasswordSchema}
      defaultValues={{ currentPassword: '', newPassword: '' }}
      onSubmit={async (values) => {
        await changePassword({ variables: values });
        return { notice: t('account.passwordChanged') };
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
