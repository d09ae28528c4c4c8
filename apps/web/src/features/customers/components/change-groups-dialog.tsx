import { Checkbox, Group, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkDialog, dataOrNothing } from './bulk-dialog';
import type { GroupChangeMode } from '../../../gql/graphql';
import { useChangeCustomerGroups } from '../api/change-customer-groups';
import { useCustomerGroups } from '../api/customer-groups';
import { notifyDone } from '../../../lib/notify';

const MODES: GroupChangeMode[] = ['MOVE', 'ADD', 'REMOVE'];

export interface ChangeGroupsDialogProps {
  customerIds: string[];
  onClose: () => void;
}

/** Thao tác → Chuyển nhóm khách hàng → Tùy chọn → tích nhóm → Cập nhật (seed 000). */
export function ChangeGroupsDialog({ customerIds, onClose }: ChangeGroupsDialogProps) {
  const { t } = useTranslation();
  const groups = useCustomerGroups().data?.customerGroups ?? [];
  const [changeGroups, { loading, error }] = useChangeCustomerGroups();
  const [mode, setMode] = useState<GroupChangeMode>('MOVE');
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);

  const submit = async () => {
    if (groupIds.length === 0) {
      setMissing(true);
      return;
    }
    const data = await dataOrNothing(changeGroups({ variables: { ids: customerIds, mode, groupIds } }));
    if (data) {
      notifyDone(t('customers.groupDialog.done', { count: data.changeCustomerGroups }));
      onClose();
    }
  };

  return (
    <BulkDialog
      title={t('customers.groupDialog.title')}
      count={customerIds.length}
      error={error}
      loading={loading}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Radio.Group
        label={t('customers.groupDialog.mode')}
        value={mode}
        onChange={(value) => setMode(value as GroupChangeMode)}
        description={t(`customers.groupDialog.modeHints.${mode}`)}
      >
        <Group gap="lg" mt="xs">
          {MODES.map((m) => (
            <Radio key={m} value={m} label={t(`customers.groupDialog.modes.${m}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox.Group
        label={t('customers.groupDialog.groups')}
        value={groupIds}
        onChange={(value) => {
          setGroupIds(value);
          setMissing(false);
        }}
        error={missing ? t('customers.groupDialog.pickGroup') : undefined}
      >
        <ScrollArea.Autosize mah={280} mt="xs">
          <Stack gap={6}>
            {groups.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('customers.noGroup')}
              </Text>
            ) : null}
            {groups.map((g) => (
              <Checkbox key={g.id} value={g.id} label={g.name} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Checkbox.Group>
    </BulkDialog>
  );
}
