import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { useErrorMessage } from '../../../components/page';
import { useUpdateUser } from '../api/update-user';
import { notifyDone } from '../../../lib/notify';

export interface UserStatusTarget {
  id: string;
  name: string;
  active: boolean;
  version: number;
}

/** Deactivates (or reactivates) users after a "Có" / "Không" question; resolves true when any changed. */
export function useSetUsersActive() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const [updateUser] = useUpdateUser();

  return async (users: UserStatusTarget[], active: boolean): Promise<boolean> => {
    const targets = users.filter((u) => u.active !== active);
    if (targets.length === 0) {
      return false;
    }
    const single = targets.length === 1 ? targets[0] : null;
    const question = active
      ? single
        ? t('users.activateConfirm', { name: single.name })
        : t('users.activateManyConfirm', { count: targets.length })
      : single
        ? t('users.deactivateConfirm', { name: single.name })
        : t('users.deactivateManyConfirm', { count: targets.length });
    const yes = await confirm({
      title: active ? t('users.activate') : t('users.deactivateConfirmTitle'),
      message: question,
      danger: !active,
    });
    if (!yes) {
      return false;
    }
    let changed = 0;
    for (const user of targets) {
      try {
        await updateUser({ variables: { id: user.id, input: { active, version: user.version } } });
        changed += 1;
      } catch (error) {
        notifications.show({ color: 'red', title: user.name, message: errorMessage(error) });
      }
    }
    if (changed > 0) {
      notifyDone(
        active ? t('users.activated', { count: changed }) : t('users.deactivated', { count: changed }),
      );
    }
    return changed > 0;
  };
}
