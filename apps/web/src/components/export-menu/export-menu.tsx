import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { downloadFile, sendFile } from '../../lib/files';
import { BACKGROUND_EXPORT_ROWS, ExportJobsDocument, watchExport } from './export-jobs';
import { FileMenu } from './file-menu';

export interface ExportMenuProps {
  /** The list: GET /files/export/{module}.{xlsx|csv} (customers, contacts, products, quotes, …). */
  module: string;
  /** The list's own filter object (the same one its query sends). */
  filter: object;
  /** The list's visible columns, in the export's keys. */
  columns?: string[];
  /** The list's sort (its query's `orderBy`), so the file comes in the order shown. */
  orderBy?: readonly object[];
  /** The rows the list shows: from BACKGROUND_EXPORT_ROWS the export runs in the background. */
  total?: number | null;
}

/** The rows a list connection counts (exact, estimated or at least), for `total`. */
export function listTotal(
  connection: { totalCount: number } | { countInfo: { value: number } } | null | undefined,
): number | null {
  if (!connection) {
    return null;
  }
  return 'countInfo' in connection ? connection.countInfo.value : connection.totalCount;
}

/** The ids of the list's columns shown now, in their order: the export's `columns`. */
export function shownColumnIds(
  columns: readonly { id?: string }[],
  visibility: Record<string, boolean>,
): string[] {
  return columns.map((c) => c.id).filter((id): id is string => Boolean(id) && visibility[id!] !== false);
}

/** "Xuất khẩu" (IMP-03): the filtered list as the caller sees it, streamed by the server. */
export function ExportMenu({ module, filter, columns, orderBy, total }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const download = async (format: 'xlsx' | 'csv') => {
    const params = new URLSearchParams({ filter: JSON.stringify(filter), lang: i18n.language });
    if (columns?.length) {
      params.set('columns', columns.join(','));
    }
    if (orderBy?.length) {
      params.set('orderBy', JSON.stringify(orderBy));
    }
    if (total != null && total >= BACKGROUND_EXPORT_ROWS) {
      // Large: the server writes the file while the user goes on; the watcher shows its progress.
      params.set('total', String(total));
      const { jobId } = await sendFile<{ jobId: string }>(
        `/files/export/${module}.${format}?${params.toString()}`,
        'POST',
      );
      watchExport(jobId);
      await client.refetchQueries({ include: [ExportJobsDocument] });
      return;
    }
    await downloadFile(`/files/export/${module}.${format}?${params.toString()}`, `${module}.${format}`);
  };
  return (
    <FileMenu
      label={t('imports.export')}
      formats={[
        { format: 'xlsx', label: t('imports.exportXlsx') },
        { format: 'csv', label: t('imports.exportCsv') },
      ]}
      onPick={download}
    />
  );
}
