import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { commonTargets } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/page';
import type { CampaignMemberStatus } from '../../../gql/graphql';
import { useChangeCampaignMemberStatus } from '../api/change-member-status';
import { notifyDone } from '../../../lib/notify';

export interface ChangeStatusDialogProps {
  members: { id: string; status: CampaignMemberStatus }[];
  onClose: () => void;
}

/**
 * "Thay đổi trạng thái" → pick → "Hoàn thành" (CMP-06). Only the targets the machine allows for
 * every ticked member are offered; the server checks again.
 */
export function ChangeStatusDialog({ members, onClose }: ChangeStatusDialogProps) {
  const { t } = useTranslation();
  const targets = commonTargets(members.map((m) => m.status));
  const [target, setTarget] = useState<CampaignMemberStatus | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [change, { loading }] = useChangeCampaignMemberStatus();
  const done = async () => {
    if (!target) {
      return;
    }
    setFailure(null);
    try {
      await change({ variables: { memberIds: members.map((m) => m.id), status: target } });
      notifyDone(
        t('campaigns.statusChanged', {
          count: members.length,
          status: t(`campaigns.memberStatus.${target}`),
        }),
      );
      onClose();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('campaigns.changeStatus')}>
      <Stack>
        <Text size="sm">{t('campaigns.changeStatusFor', { count: members.length })}</Text>
        {failure ? <ErrorAlert error={failure} /> : null}
        {targets.length === 0 ? (
          <Alert color="yellow">{t('campaigns.noCommonTarget')}</Alert>
        ) : (
          <Radio.Group
            value={target}
            onChange={(v) => setTarget(v as CampaignMemberStatus)}
            label={t('campaigns.newStatus')}
          >
            <Stack gap="xs" mt="xs">
              {targets.map((s) => (
                <Radio key={s} value={s} label={t(`campaigns.memberStatus.${s}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.back')}
          </Button>
          <Button onClick={() => void done()} disabled={!target} loading={loading}>
            {t('campaigns.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
