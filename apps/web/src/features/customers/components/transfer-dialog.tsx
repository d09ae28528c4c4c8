import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkDialog, dataOrNothing } from './bulk-dialog';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { useTransferCustomers } from '../api/transfer-customers';
import { notifyDone } from '../../../lib/notify';

export interface TransferDialogProps {
  customerIds: string[];
  /** The current owner when there is one customer: not offered as the new one. */
  currentOwnerId?: string;
  /** "Phụ trách" on the detail screen, "Chuyển chủ sở hữu" on the list. */
  title?: string;
  onClose: () => void;
  onDone?: () => void;
}

export function TransferDialog({ customerIds, currentOwnerId, title, onClose, onDone }: TransferDialogProps) {
  const { t } = useTranslation();
  const { options } = useCustomerUserOptions();
  const [transfer, { loading, error }] = useTransferCustomers();
  const [userId, setUserId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = async () => {
    if (!userId) {
      setMissing(true);
      return;
    }
    const data = await dataOrNothing(transfer({ variables: { ids: customerIds, toUserId: userId } }));
    if (data) {
      notifyDone(t('customers.transferDialog.done', { count: data.transferCustomers }));
      onClose();
      onDone?.();
    }
  };

  return (
    <BulkDialog
      title={title ?? t('customers.transferDialog.title')}
      count={customerIds.length}
      error={error}
      loading={loading}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Select
        label={t('customers.transferDialog.user')}
        data={options.filter((o) => o.value !== currentOwnerId)}
        value={userId}
        onChange={(value) => {
          setUserId(value);
          setMissing(false);
        }}
        searchable
        withAsterisk
        error={missing ? t('customers.transferDialog.pickUser') : undefined}
        data-autofocus
      />
    </BulkDialog>
  );
}
