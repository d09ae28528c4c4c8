import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../lib/files';

export interface ExportMenuProps {
  /** The list: GET /files/export/{module}.{xlsx|csv} (customers, contacts, products, quotes, …). */
  module: string;
  /** The list's own filter object (the same one its query sends). */
  filter: object;
  /** The list's visible columns, in the export's keys. */
  columns?: string[];
  /** The list's sort (its query's `orderBy`), so the file comes in the order shown. */
  orderBy?: readonly object[];
}

/** The ids of the list's columns shown now, in their order: the export's `columns`. */
export function shownColumnIds(
  columns: readonly { id?: string }[],
  visibility: Record<string, boolean>,
): string[] {
  return columns.map((c) => c.id).filter((id): id is string => Boolean(id) && visibility[id!] !== false);
}

/** "Xuất khẩu" (IMP-03): the filtered list as the caller sees it, streamed by the server. */
export function ExportMenu({ module, filter, columns, orderBy }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async (format: 'xlsx' | 'csv') => {
    const params = new URLSearchParams({ filter: JSON.stringify(filter), lang: i18n.language });
    if (columns?.length) {
      params.set('columns', columns.join(','));
    }
    if (orderBy?.length) {
      params.set('orderBy', JSON.stringify(orderBy));
    }
    setBusy(true);
    try {
      await downloadFile(`/files/export/${module}.${format}?${params.toString()}`, `${module}.${format}`);
    } catch (err) {
      notifications.show({ color: 'red', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('imports.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void download('xlsx')}>{t('imports.exportXlsx')}</Menu.Item>
        <Menu.Item onClick={() => void download('csv')}>{t('imports.exportCsv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
