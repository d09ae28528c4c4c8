import { useQuery } from '@apollo/client/react';
import { Anchor, Button } from '@mantine/core';
import { CONTRACT_STATUSES, formatDateVi, type ContractStatus } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ChoiceFilter,
  DateRangeFilter,
  FlagFilter,
  ListPage,
  useListState,
} from '../../components/list-page';
import type { ContractFilter, ContractRowFragment, ContractSortField } from '../../gql/graphql';
import { ContractsListDocument } from './api';
import { ContractBadges } from './badges';
import { customerColumn, moneyColumns, ownerColumn } from './columns';

const SORT_FIELDS: Record<string, ContractSortField> = {
  number: 'NUMBER',
  signedOn: 'SIGNED_ON',
  validTo: 'VALID_TO',
  total: 'TOTAL',
};

interface Panel {
  statuses: ContractStatus[];
  signedOnly: boolean;
  signedFrom: string | null;
  signedTo: string | null;
}

const EMPTY: Panel = { statuses: [], signedOnly: false, signedFrom: null, signedTo: null };

/** Bán hàng → Hợp đồng (SAL-04): the list with what was received and what is still owed. */
export function ContractsListPage() {
  const { t } = useTranslation();
  const list = useListState({ emptyPanel: EMPTY, visibility: { owner: false } });
  const { panel } = list;
  const filter: ContractFilter = {
    search: list.search || undefined,
    statuses: panel.statuses.length ? panel.statuses : undefined,
    signed: panel.signedOnly || undefined,
    signedFrom: panel.signedFrom ?? undefined,
    signedTo: panel.signedTo ?? undefined,
  };
  const orderBy = list.orderBy(SORT_FIELDS);
  const { data, previousData, loading, error, refetch } = useQuery(ContractsListDocument, {
    variables: { filter, orderBy, first: list.paging.first, after: list.paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const columns = useMemo<ColumnDef<ContractRowFragment>[]>(
    () => [
      {
        id: 'number',
        header: t('money.contracts.number'),
        enableSorting: true,
        enableHiding: false,
        meta: { nowrap: true },
        cell: ({ row }) => (
          <Anchor component={Link} to={`/contracts/${row.original.id}`} fw={500}>
            {row.original.number}
          </Anchor>
        ),
      },
      customerColumn<ContractRowFragment>(t),
      {
        id: 'signedOn',
        header: t('money.contracts.signedOn'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.signedOn ? formatDateVi(row.original.signedOn) : ''),
      },
      {
        id: 'validTo',
        header: t('money.contracts.validTo'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.validTo ? formatDateVi(row.original.validTo) : ''),
      },
      {
        id: 'status',
        header: t('money.contracts.status'),
        cell: ({ row }) => <ContractBadges status={row.original.status} signed={row.original.signed} />,
      },
      ...moneyColumns<ContractRowFragment>(t),
      ownerColumn<ContractRowFragment>(t),
    ],
    [t],
  );
  return (
    <ListPage
      title={t('money.contracts.title')}
      module="contracts"
      list={list}
      query={{ connection: (data ?? previousData)?.contracts, loading, error, refetch }}
      columns={columns}
      getRowId={(c) => c.id}
      tableLabel={t('money.contracts.title')}
      searchPlaceholder={t('money.contracts.searchPlaceholder')}
      leading={
        <Button component={Link} to="/contracts/import" variant="default">
          {t('imports.import')}
        </Button>
      }
      exportFile={{ filter, orderBy, columns: true }}
      createTo="/contracts/new"
      empty={{ what: t('empty.what.contracts'), importTo: '/contracts/import' }}
      filters={
        <>
          <ChoiceFilter
            label={t('money.contracts.status')}
            options={CONTRACT_STATUSES}
            optionLabel={(s) => t(`sales.documents.statuses.contract.${s}`)}
            value={panel.statuses}
            onChange={(statuses) => list.patch({ statuses })}
          />
          <DateRangeFilter
            fromLabel={t('money.contracts.signedFrom')}
            toLabel={t('money.contracts.signedTo')}
            from={panel.signedFrom}
            to={panel.signedTo}
            onChange={({ from, to }) => list.patch({ signedFrom: from, signedTo: to })}
          />
          <FlagFilter
            label={t('money.contracts.signedOnly')}
            value={panel.signedOnly}
            onChange={(signedOnly) => list.patch({ signedOnly })}
          />
        </>
      }
    />
  );
}
