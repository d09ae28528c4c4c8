import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from './types';

export interface BulkActionsMenuProps<T> {
  actions: BulkAction<T>[];
  selected: T[];
  onDone: () => void;
}

/** "Thao tác": actions on the ticked rows; disabled while none is ticked. */
export function BulkActionsMenu<T>({ actions, selected, onDone }: BulkActionsMenuProps<T>) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="light" size="sm" disabled={selected.length === 0}>
          {t('table.bulkActions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((action) => (
          <Menu.Item
            key={action.label}
            color={action.color}
            onClick={async () => {
              await action.onClick(selected);
              onDone();
            }}
          >
            {action.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
