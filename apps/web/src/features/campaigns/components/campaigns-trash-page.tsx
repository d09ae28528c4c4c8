import { Button } from '@mantine/core';
import { formatDateTimeVi, formatDateVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { deletedRows, TrashTable, useTrashQuery, useTrashSearch } from '../../../components/trash-table';
import type { CampaignRowFragment } from '../../../gql/graphql';
import { useViewer } from '../../../lib/viewer';
import { usePurgeCampaigns, useRestoreCampaigns } from '../api/campaign-trash';
import { CampaignsDocument } from '../api/campaigns';

type Row = CampaignRowFragment;

/** Deleted campaigns: restored with their members by those who manage them, purged by an admin. */
export function CampaignsTrashPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const trash = useTrashSearch();
  const query = useTrashQuery(CampaignsDocument, trash, (d) => d.campaigns, deletedRows);
  const [restore] = useRestoreCampaigns();
  const [purge] = usePurgeCampaigns();
  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      { id: 'code', header: t('campaigns.fields.code'), cell: ({ row }) => row.original.code },
      { id: 'name', header: t('campaigns.fields.name'), cell: ({ row }) => row.original.name },
      {
        id: 'startDate',
        header: t('campaigns.fields.startDate'),
        meta: { nowrap: true },
        cell: ({ row }) => formatDateVi(row.original.startDate),
      },
      {
        id: 'members',
        header: t('campaigns.fields.memberCount'),
        cell: ({ row }) => row.original.memberCount,
      },
      {
        id: 'creator',
        header: t('campaigns.fields.creator'),
        cell: ({ row }) => row.original.creator.name,
      },
      {
        id: 'deletedAt',
        header: t('campaigns.deletedAt'),
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.deletedAt ? formatDateTimeVi(row.original.deletedAt) : ''),
      },
    ],
    [t],
  );
  return (
    <Page
      title={t('campaigns.trashTitle')}
      actions={
        <Button component={Link} to="/campaigns" variant="default">
          {t('common.back')}
        </Button>
      }
    >
      <TrashTable
        label={t('campaigns.trashLabel')}
        trash={trash}
        query={query}
        columns={columns}
        restore={async (ids) => (await restore({ variables: { ids } })).data?.restoreCampaigns ?? 0}
        purge={
          viewer.role === 'ADMIN'
            ? async (ids) => (await purge({ variables: { ids } })).data?.purgeCampaigns ?? 0
            : undefined
        }
      />
    </Page>
  );
}
