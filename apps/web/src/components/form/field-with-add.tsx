import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FieldWithAddProps {
  /** The field (it grows to the row's width). */
  children: ReactNode;
  /** "+ Thêm nhóm", "+ Thêm phòng ban"; no button where the user may not add. */
  addLabel?: string;
  onAdd: () => void;
}

/** A choice field with "+ Thêm …" beside it, level with the input: add a missing option without leaving the form. */
export function FieldWithAdd({ children, addLabel, onAdd }: FieldWithAddProps) {
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      {children}
      {addLabel ? (
        <Button variant="default" mt={25} onClick={onAdd}>
          + {addLabel}
        </Button>
      ) : null}
    </Group>
  );
}
