import { Paper } from '@mantine/core';
import { createUserSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, FormActions } from '../../../components/form';
import { Page } from '../../../components/page';
import { useCreateUser } from '../api/create-user';
import { UserFields } from './user-fields';
import { notifyDone } from '../../../lib/notify';

export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createUser] = useCreateUser();
  const back = () => void navigate('/settings/users');

  return (
    <Page title={t('users.createTitle')}>
      <Paper withBorder p="lg" maw={880}>
        <Form
          schema={createUserSchema}
          label={t('users.createTitle')}
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
          <FormActions mode="create" onBack={back} />
        </Form>
      </Paper>
    </Page>
  );
}
