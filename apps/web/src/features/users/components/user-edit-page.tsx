import { Button } from '@mantine/core';
import { updateUserSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormPage } from '../../../components/form';
import { RecordFallback } from '../../../components/page';
import { useUpdateUser } from '../api/update-user';
import { useUser } from '../api/user';
import { useSetUsersActive } from '../hooks/use-set-users-active';
import { UserFields } from './user-fields';
import { UserStatusBadge } from './user-status-badge';

export function UserEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useUser(id);
  const [updateUser] = useUpdateUser();
  const setActive = useSetUsersActive();

  const user = data?.user;
  if (!user) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        title={t('users.editTitle')}
        notFound={t('users.notFound')}
        back="/settings/users"
      />
    );
  }

  return (
    <FormPage
      title={`${t('users.editTitle')}: ${user.name}`}
      actions={
        <>
          <UserStatusBadge active={user.active} />
          {user.active ? (
            <Button color="red" variant="light" onClick={() => void setActive([user], false)}>
              {t('users.deactivate')}
            </Button>
          ) : (
            <Button variant="light" onClick={() => void setActive([user], true)}>
              {t('users.activate')}
            </Button>
          )}
        </>
      }
      mode="edit"
      backTo="/settings/users"
      maw={880}
      key={user.id}
      schema={updateUserSchema}
      label={t('users.editTitle')}
      defaultValues={{
        email: user.email,
        name: user.name,
        role: user.role,
        departmentId: user.department?.id ?? null,
        birthday: user.birthday ?? null,
        version: user.version,
      }}
      onSubmit={async (values) => {
        // The latest version: a status change on this page has already bumped it.
        const input = { ...values, version: user.version };
        const result = await updateUser({ variables: { id: user.id, input } });
        return result.data && { notice: t('users.updated', { name: result.data.updateUser.name }) };
      }}
    >
      <UserFields mode="edit" />
    </FormPage>
  );
}
