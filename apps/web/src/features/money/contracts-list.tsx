import { Button } from '@mantine/core';
import { CONTRACT_STATUSES, type ContractStatus } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ChoiceFilter,
  dateColumn,
  DateRangeFilter,
  FlagFilter,
  linkColumn,
  ListPage,
  useListState,
  usePagedQuery,
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
  signed: boolean;
  signedFrom: string | null;
  signedTo: string | null;
}

const EMPTY: Panel = { statuses: [], signed: false, signedFrom: null, signedTo: null };

/** Bán hàng → Hợp đồng (SAL-04): the list with what was received and what is still owed. */
export function ContractsListPage() {
  const { t } = useTranslation();
  const list = useListState({ emptyPanel: EMPTY, visibility: { owner: false } });
  const filter: ContractFilter = list.filter;
  const orderBy = list.orderBy(SORT_FIELDS);
  const query = usePagedQuery(ContractsListDocument, { filter, orderBy }, list.paging, (d) => d.contracts);
  const columns = useMemo<ColumnDef<ContractRowFragment>[]>(
    () => [
      linkColumn<ContractRowFragment>(
        'number',
        t('money.contracts.number'),
        (c) => `/contracts/${c.id}`,
        (c) => c.number,
      ),
      customerColumn<ContractRowFragment>(t),
      dateColumn<ContractRowFragment>('signedOn', t('money.contracts.signedOn'), (c) => c.signedOn, {
        sortable: true,
      }),
      dateColumn<ContractRowFragment>('validTo', t('money.contracts.validTo'), (c) => c.validTo, {
        sortable: true,
      }),
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
      query={query}
      columns={columns}
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
            {...list.bind('statuses')}
          />
          <DateRangeFilter
            fromLabel={t('money.contracts.signedFrom')}
            toLabel={t('money.contracts.signedTo')}
            {...list.bindRange('signedFrom', 'signedTo')}
          />
          <FlagFilter label={t('money.contracts.signedOnly')} {...list.bind('signed')} />
        </>
      }
    />
  );
}
