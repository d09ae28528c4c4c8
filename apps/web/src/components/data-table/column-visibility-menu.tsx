import { Button, Checkbox, Menu, Stack } from '@mantine/core';
import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { columnLabel } from './column-label';

export interface ColumnVisibilityMenuProps<T> {
  table: Table<T>;
}

export function ColumnVisibilityMenu<T>({ table }: ColumnVisibilityMenuProps<T>) {
  const { t } = useTranslation();
  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide() && !c.columnDef.meta?.alwaysVisible);
  if (columns.length === 0) {
    return null;
  }
  return (
    <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="sm">
          {t('table.columns')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap="xs" p="xs">
          {columns.map((column) => (
            <Checkbox
              key={column.id}
              label={columnLabel(column)}
              checked={column.getIsVisible()}
              onChange={column.getToggleVisibilityHandler()}
            />
          ))}
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
