import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { useErrorMessage } from '../../../components/page';
import { useDeleteCustomers } from '../api/delete-customers';
import { notifyDone, notifyFailed } from '../../../lib/notify';

interface Target {
  id: string;
  name: string;
}

/** Xóa → "Có" / "Không" → to the trash; resolves true when deleted. */
export function useDeleteCustomersAction() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const [deleteCustomers] = useDeleteCustomers();

  return async (customers: Target[]): Promise<boolean> => {
    if (customers.length === 0) {
      return false;
    }
    const yes = await confirm({
      title: t('customers.deleteTitle'),
      message:
        customers.length === 1
          ? t('customers.deleteConfirm', { name: customers[0].name })
          : t('customers.deleteManyConfirm', { count: customers.length }),
      danger: true,
    });
    if (!yes) {
      return false;
    }
    try {
      const { data } = await deleteCustomers({ variables: { ids: customers.map((c) => c.id) } });
      notifyDone(t('customers.deleted', { count: data?.deleteCustomers ?? 0 }));
      return true;
    } catch (error) {
      notifyFailed(errorMessage(error));
      return false;
    }
  };
}
