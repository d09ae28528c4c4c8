import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkDialog, dataOrNothing } from './bulk-dialog';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { useShareCustomers } from '../api/share-customers';
import { notifyDone } from '../../../lib/notify';

export interface ShareDialogProps {
  customerIds: string[];
  onClose: () => void;
}

/** Chia sẻ (CUS-08): the chosen users see and work the ticked customers too. */
export function ShareDialog({ customerIds, onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  const { options } = useCustomerUserOptions();
  const [share, { loading, error }] = useShareCustomers();
  const [userIds, setUserIds] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);

  const submit = async () => {
    if (userIds.length === 0) {
      setMissing(true);
      return;
    }
    const data = await dataOrNothing(share({ variables: { ids: customerIds, userIds } }));
    if (data) {
      notifyDone(t('customers.shareDialog.done', { count: data.shareCustomers }));
      onClose();
    }
  };

  return (
    <BulkDialog
      title={t('customers.shareDialog.title')}
      count={customerIds.length}
      error={error}
      loading={loading}
      submitLabel={t('customers.actions.share')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <MultiSelect
        label={t('customers.shareDialog.users')}
        data={options}
        value={userIds}
        onChange={(value) => {
          setUserIds(value);
          setMissing(false);
        }}
        searchable
        withAsterisk
        error={missing ? t('customers.shareDialog.pickUser') : undefined}
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
    </BulkDialog>
  );
}
