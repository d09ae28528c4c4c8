import { Anchor, Badge, Button, Text } from '@mantine/core';
import { formatDateTimeVi, formatNumberVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, pagedTableProps, useCursorPagination } from '../../../components/data-table';
import { Page } from '../../../components/page';
import type { ImportJobsQuery } from '../../../gql/graphql';
import { useImportJobs } from '../api/import-jobs';
import { moduleOf } from './import-upload-page';

type JobRow = ImportJobsQuery['importJobs']['nodes'][number];

const STATUS_COLOR: Record<string, string> = {
  DONE: 'green',
  FAILED: 'red',
  RUNNING: 'blue',
  UPLOADED: 'gray',
};

/** IMP-02 Lịch sử nhập khẩu: who, when, file, mode, counts, status; a job opens its result page. */
export function ImportHistoryPage() {
  const { t } = useTranslation();
  const paging = useCursorPagination();
  const { data, previousData, loading, error, refetch } = useImportJobs({
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.importJobs;
  const columns = useMemo<ColumnDef<JobRow>[]>(
    () => [
      {
        id: 'createdAt',
        header: t('imports.at'),
        cell: ({ row }) => formatDateTimeVi(row.original.createdAt),
      },
      { id: 'user', header: t('imports.user'), cell: ({ row }) => row.original.createdBy.name },
      {
        id: 'file',
        header: t('imports.file'),
        cell: ({ row }) => (
          <Anchor component={Link} to={`/imports/${row.original.id}`}>
            {row.original.fileName}
          </Anchor>
        ),
      },
      {
        id: 'module',
        header: t('imports.module'),
        cell: ({ row }) => t(`imports.modules.${moduleOf(row.original.module)}`),
      },
      {
        id: 'mode',
        header: t('imports.mode'),
        cell: ({ row }) => (row.original.mode ? t(`imports.modes.${row.original.mode}`) : ''),
      },
      {
        id: 'counts',
        header: t('imports.countsShort'),
        cell: ({ row }) => (
          <Text size="sm">
            {t('imports.countsLine', {
              created: formatNumberVi(row.original.created),
              updated: formatNumberVi(row.original.updated),
              skipped: formatNumberVi(row.original.skipped),
              failed: formatNumberVi(row.original.failed),
            })}
          </Text>
        ),
      },
      {
        id: 'status',
        header: t('imports.status'),
        cell: ({ row }) => (
          <Badge variant="light" color={STATUS_COLOR[row.original.status]}>
            {t(`imports.statuses.${row.original.status}`)}
            {row.original.dryRun ? ` · ${t('imports.dryRun')}` : ''}
          </Badge>
        ),
      },
    ],
    [t],
  );
  return (
    <Page title={t('imports.historyTitle')}>
      <DataTable
        label={t('imports.historyTitle')}
        columns={columns}
        getRowId={(j) => j.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging)}
        empty={{
          title: t('empty.importsNone'),
          description: t('empty.importsHint'),
          action: (
            <>
              <Button component={Link} to="/customers/import">
                {t('empty.importCustomers')}
              </Button>
              <Button component={Link} to="/contacts/import" variant="default">
                {t('empty.importContacts')}
              </Button>
            </>
          ),
        }}
      />
    </Page>
  );
}
