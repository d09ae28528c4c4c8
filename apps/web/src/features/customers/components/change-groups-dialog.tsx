import { Button, Checkbox, Group, Modal, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/page';
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
    const { data } = await changeGroups({ variables: { ids: customerIds, mode, groupIds } }).catch(() => ({
      data: undefined,
    }));
    if (data) {
      notifyDone(t('customers.groupDialog.done', { count: data.changeCustomerGroups }));
      onClose();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('customers.groupDialog.title')} centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('customers.groupDialog.selected', { count: customerIds.length })}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
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
        <Group gap="sm">
          <Button loading={loading} onClick={() => void submit()}>
            {t('common.update')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('common.back')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
