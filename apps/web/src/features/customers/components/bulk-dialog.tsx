import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/page';

export interface BulkDialogProps {
  title: string;
  /** How many customers are ticked. */
  count: number;
  /** The write's refusal, shown above the fields. */
  error?: unknown;
  loading: boolean;
  /** The button that writes: "Cập nhật" unless said. */
  submitLabel?: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A write on the ticked customers (share, transfer, change groups): the count, its fields, the buttons. */
export function BulkDialog({
  title,
  count,
  error,
  loading,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: BulkDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('customers.groupDialog.selected', { count })}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
        {children}
        <Group gap="sm">
          <Button loading={loading} onClick={onSubmit}>
            {submitLabel ?? t('common.update')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('common.back')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The mutation's data, or nothing when it was refused (its hook's `error` then says why). */
export async function dataOrNothing<T>(result: Promise<{ data?: T | null }>): Promise<T | undefined> {
  return (await result.catch(() => ({ data: undefined }))).data ?? undefined;
}
