import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/page';
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
    const { data } = await share({ variables: { ids: customerIds, userIds } }).catch(() => ({
      data: undefined,
    }));
    if (data) {
      notifyDone(t('customers.shareDialog.done', { count: data.shareCustomers }));
      onClose();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('customers.shareDialog.title')} centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('customers.groupDialog.selected', { count: customerIds.length })}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
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
        <Group gap="sm">
          <Button loading={loading} onClick={() => void submit()}>
            {t('customers.actions.share')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('common.back')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
