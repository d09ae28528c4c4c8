import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  /** Colours "Có" red for destructive actions. */
  danger?: boolean;
  onYes: () => void;
  onNo: () => void;
}

/** Asks "Có" / "Không" (SPEC X-04). */
export function ConfirmDialog({ opened, title, message, danger, onYes, onNo }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onNo} title={title} centered>
      <Text mb="lg">{message}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onNo}>
          {t('common.no')}
        </Button>
        <Button color={danger ? 'red' : undefined} onClick={onYes} data-autofocus>
          {t('common.yes')}
        </Button>
      </Group>
    </Modal>
  );
}
