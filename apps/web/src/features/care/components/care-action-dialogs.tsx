import { Button, Group, Modal, MultiSelect, SegmentedControl, Select, Stack, TagsInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/page';
import type { GroupChangeMode } from '../../../gql/graphql';
import { useHandOverCareCards, useShareCareCards, useTagCareCards } from '../api/care-cards';
import { useUserOptions } from '../../../lib/user-options';
import { notifyDone, notifyFailed } from '../../../lib/notify';

export type CareDialog = { kind: 'tag' | 'handOver' | 'share'; ids: string[] } | null;

export interface CareActionDialogsProps {
  dialog: CareDialog;
  onClose: () => void;
}

/** Gắn thẻ, Bàn giao công việc, Chia sẻ: one dialog each, over the ticked cards. */
export function CareActionDialogs({ dialog, onClose }: CareActionDialogsProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { users } = useUserOptions();
  const [tags, setTags] = useState<string[]>([]);
  const [mode, setMode] = useState<GroupChangeMode>('ADD');
  const [userId, setUserId] = useState<string | null>(null);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [tag, tagState] = useTagCareCards();
  const [handOver, handOverState] = useHandOverCareCards();
  const [share, shareState] = useShareCareCards();
  const busy = tagState.loading || handOverState.loading || shareState.loading;
  const close = () => {
    setTags([]);
    setUserId(null);
    setUserIds([]);
    onClose();
  };
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifyDone(done);
      close();
    } catch (error) {
      notifyFailed(errorMessage(error));
    }
  };
  if (!dialog) {
    return null;
  }
  const options = users.map((u) => ({ value: u.id, label: u.name }));
  const ids = dialog.ids;
  const title = t(`care.actions.${dialog.kind}`);
  return (
    <Modal opened onClose={close} title={title}>
      <Stack>
        {dialog.kind === 'tag' ? (
          <>
            <SegmentedControl
              value={mode}
              onChange={(v) => setMode(v as GroupChangeMode)}
              data={[
                { value: 'ADD', label: t('care.tagModes.ADD') },
                { value: 'REMOVE', label: t('care.tagModes.REMOVE') },
              ]}
            />
            <TagsInput label={t('care.fields.tags')} value={tags} onChange={setTags} data-autofocus />
          </>
        ) : dialog.kind === 'handOver' ? (
          <Select
            label={t('care.handOverTo')}
            data={options}
            value={userId}
            onChange={setUserId}
            searchable
            data-autofocus
          />
        ) : (
          <MultiSelect
            label={t('care.shareWith')}
            data={options}
            value={userIds}
            onChange={setUserIds}
            searchable
            data-autofocus
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.back')}
          </Button>
          <Button
            loading={busy}
            onClick={() => {
              if (dialog.kind === 'tag') {
                void run(
                  () => tag({ variables: { ids, tags, mode } }),
                  t('care.done', { count: ids.length }),
                );
              } else if (dialog.kind === 'handOver' && userId) {
                void run(
                  () => handOver({ variables: { ids, toUserId: userId } }),
                  t('care.handedOver', { count: ids.length }),
                );
              } else if (dialog.kind === 'share' && userIds.length) {
                void run(() => share({ variables: { ids, userIds } }), t('care.done', { count: ids.length }));
              }
            }}
          >
            {t('care.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
