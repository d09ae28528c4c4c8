import { createUserSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormPage } from '../../../components/form';

import { useCreateUser } from '../api/create-user';
import { UserFields } from './user-fields';
import { notifyDone } from '../../../lib/notify';

export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createUser] = useCreateUser();
  const back = () => void navigate('/settings/users');

  return (
    <FormPage
      title={t('users.createTitle')}
      mode="create"
      onBack={back}
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
        if (data) {
          notifyDone(t('users.created', { name: data.createUser.name }));
          back();
        }
      }}
    >
      <UserFields mode="create" />
    </FormPage>
  );
}
