import { SimpleGrid } from '@mantine/core';
import { ROLES } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { DateField, PasswordField, SelectField, TextField } from '../../../components/form';
import { DepartmentField } from './department-field';

export interface UserFieldsProps {
  mode: 'create' | 'edit';
}

/** The fields of the user form (USR-03), shared by "Thêm mới" and "Sửa". */
export function UserFields({ mode }: UserFieldsProps) {
  const { t } = useTranslation();
  const roles = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      <TextField name="email" label={t('users.email')} type="email" autoComplete="off" required />
      <TextField name="name" label={t('users.name')} autoComplete="off" required />
      {mode === 'create' ? (
        <PasswordField
          name="password"
          label={t('users.password')}
          autoComplete="new-password"
          strength
          required
        />
      ) : (
        <PasswordField
          name="password"
          label={t('users.newPassword')}
          description={t('users.newPasswordHint')}
          autoComplete="new-password"
          strength
        />
      )}
      <SelectField name="role" label={t('users.role')} data={roles} required />
      <DepartmentField />
      <DateField name="birthday" label={t('users.birthday')} />
    </SimpleGrid>
  );
}
