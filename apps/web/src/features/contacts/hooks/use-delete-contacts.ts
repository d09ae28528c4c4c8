import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { useErrorMessage } from '../../../components/page';
import { useDeleteContacts } from '../api/delete-contacts';
import { notifyDone, notifyFailed } from '../../../lib/notify';

interface Target {
  id: string;
  name: string;
}

/** Xóa → "Có" / "Không" (CON-03) → to the trash; resolves true when deleted. */
export function useDeleteContactsAction() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const [deleteContacts] = useDeleteContacts();

  return async (contacts: Target[]): Promise<boolean> => {
    if (contacts.length === 0) {
      return false;
    }
    const yes = await confirm({
      title: t('contacts.deleteTitle'),
      message:
        contacts.length === 1
          ? t('contacts.deleteConfirm', { name: contacts[0].name })
          : t('contacts.deleteManyConfirm', { count: contacts.length }),
      danger: true,
    });
    if (!yes) {
      return false;
    }
    try {
      const { data } = await deleteContacts({ variables: { ids: contacts.map((c) => c.id) } });
      notifyDone(t('contacts.deleted', { count: data?.deleteContacts ?? 0 }));
      return true;
    } catch (error) {
      notifyFailed(errorMessage(error));
      return false;
    }
  };
}
