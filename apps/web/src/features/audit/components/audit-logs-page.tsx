import { Badge, Button, Text } from '@mantine/core';
import { formatDateTimeVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, pagedTableProps, useCursorPagination } from '../../../components/data-table';
import { useListEmpty } from '../../../components/empty-state';
import { ExportMenu, listTotal } from '../../../components/export-menu';
import { Page } from '../../../components/page';
import type { AuditLogFilter, AuditLogsQuery } from '../../../gql/graphql';
import { useAuditLogs } from '../api/audit-logs';
import { AuditFilters, EMPTY_AUDIT_FILTER, type AuditFilterValues } from './audit-filters';
import { ChangesTable } from './changes-table';
import { fieldChanges } from './field-changes';
import { useModuleLabel } from './module-label';

type AuditRow = AuditLogsQuery['auditLogs']['nodes'][number];

const VIETNAM_OFFSET = '+07:00';

/** Dates are Vietnamese calendar days, like the times shown in the list. */
function toFilter(values: AuditFilterValues): AuditLogFilter {
  return {
    actions: values.action ? [values.action] : undefined,
    modules: values.module ? [values.module] : undefined,
    userIds: values.userId ? [values.userId] : undefined,
    search: values.search || undefined,
    from: values.from ? `${values.from}T00:00:00${VIETNAM_OFFSET}` : undefined,
    to: values.to ? `${values.to}T23:59:59.999${VIETNAM_OFFSET}` : undefined,
  };
}

export function AuditLogsPage() {
  const { t } = useTranslation();
  const moduleLabel = useModuleLabel();
  const paging = useCursorPagination();
  const [applied, setApplied] = useState(EMPTY_AUDIT_FILTER);
  // A new key resets the filter form when "Xóa bộ lọc" clears the applied filter.
  const [filterKey, setFilterKey] = useState(0);
  const listEmpty = useListEmpty();
  const filtered = JSON.stringify(applied) !== JSON.stringify(EMPTY_AUDIT_FILTER);
  const filter = toFilter(applied);
  const { data, previousData, loading, error, refetch } = useAuditLogs({
    filter,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.auditLogs;

  const columns = useMemo<ColumnDef<AuditRow>[]>(
    () => [
      {
        id: 'at',
        header: t('audit.at'),
        meta: { nowrap: true },
        cell: ({ row }) => <Text size="sm">{formatDateTimeVi(row.original.at)}</Text>,
      },
      {
        id: 'user',
        header: t('audit.user'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.user?.name ?? t('audit.system'),
      },
      {
        id: 'action',
        header: t('audit.action'),
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Badge variant="light" color={row.original.action === 'DELETE' ? 'red' : 'blue'}>
            {t(`audit.actions.${row.original.action}`)}
          </Badge>
        ),
      },
      {
        id: 'module',
        header: t('audit.module'),
        meta: { nowrap: true },
        cell: ({ row }) => moduleLabel(row.original.module),
      },
      { id: 'description', header: t('audit.description'), cell: ({ row }) => row.original.description },
      {
        id: 'changes',
        header: t('audit.changes'),
        cell: ({ row }) => {
          const count = fieldChanges(row.original.changes).length;
          if (count === 0) {
            return null;
          }
          const open = row.getIsExpanded();
          return (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-expanded={open}
              onClick={row.getToggleExpandedHandler()}
            >
              {open ? t('audit.hideChanges') : `${t('audit.showChanges')} (${count})`}
            </Button>
          );
        },
      },
    ],
    [t, moduleLabel],
  );

  return (
    <Page
      title={t('audit.title')}
      subtitle={t('audit.subtitle')}
      actions={<ExportMenu module="audit-logs" filter={filter} total={listTotal(connection)} />}
    >
      <AuditFilters
        key={filterKey}
        initial={applied}
        onSearch={(values) => {
          if (JSON.stringify(values) === JSON.stringify(applied) && paging.pageIndex === 0) {
            // Same search again: the user wants the newest entries.
            void refetch();
            return;
          }
          setApplied(values);
          paging.reset();
        }}
      />
      <DataTable
        label={t('audit.listLabel')}
        columns={columns}
        getRowId={(entry) => entry.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging)}
        canExpand={(entry) => fieldChanges(entry.changes).length > 0}
        renderSubRow={(entry) => <ChangesTable changes={fieldChanges(entry.changes)} />}
        empty={
          filtered
            ? listEmpty({
                what: t('empty.what.logs'),
                filtered,
                onClearFilters: () => {
                  setApplied(EMPTY_AUDIT_FILTER);
                  setFilterKey((key) => key + 1);
                  paging.reset();
                },
              })
            : { title: t('empty.logsNone'), description: t('empty.logsHint') }
        }
      />
    </Page>
  );
}
