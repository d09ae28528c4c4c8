import { createUserSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form';

import { useCreateUser } from '../api/create-user';
import { UserFields } from './user-fields';

export function UserCreatePage() {
  const { t } = useTranslation();
  const [createUser] = useCreateUser();

  return (
    <FormPage
      title={t('users.createTitle')}
      mode="create"
      backTo="/settings/users"
      maw={880}
      schema={createUserSchema}
      defaultValues={{
        email: '',
        name: '',
        password: '',
        role: 'STAFF',
        departmentId: null,
        birthday: null,
      }}
      onSubmit={async (input) => {
        const { data } = await createUser({ variables: { input } });
        return data && { notice: t('users.created', { name: data.createUser.name }) };
      }}
    >
      <UserFields mode="create" />
    </FormPage>
  );
}
