import { Button, EmptyState, Stack, Text, TextInput } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { CreateButton, Page } from '../../../components/page';
import type { CustomerLookupQuery } from '../../../gql/graphql';
import { useCustomerLookup } from '../api/customer-lookup';
import { customerKeyColumns } from './customer-key-columns';

type Hit = CustomerLookupQuery['customerLookup'][number];

/**
 * Tra cứu (CUS-07): anyone searches every customer, but sees only code, name, owner and the two
 * addresses — the API sends nothing else, so rows link nowhere.
 */
export function CustomerLookupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [text, setText] = useState(search);
  const { data, previousData, loading, error, refetch } = useCustomerLookup(search);
  const hits = search ? (data ?? previousData)?.customerLookup : undefined;

  const columns = useMemo<ColumnDef<Hit>[]>(
    () => [
      ...customerKeyColumns<Hit>(t),
      {
        id: 'owner',
        header: t('customers.fields.owner'),
        meta: { nowrap: true },
        cell: ({ row }) => row.original.ownerName,
      },
      {
        id: 'businessAddress',
        header: t('customers.fields.businessAddress'),
        cell: ({ row }) => row.original.businessAddress ?? '',
      },
      {
        id: 'officeAddress',
        header: t('customers.fields.officeAddress'),
        cell: ({ row }) => row.original.officeAddress ?? '',
      },
    ],
    [t],
  );
  const addLink = `/customers/new${search ? `?name=${encodeURIComponent(search)}` : ''}`;
  const nothingFound = Boolean(search) && hits?.length === 0 && !loading;

  return (
    <Page
      title={t('customers.lookupPage.title')}
      subtitle={t('customers.lookupPage.intro')}
      actions={nothingFound ? null : <CreateButton to={addLink} variant="default" />}
    >
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(text.trim() ? { q: text.trim() } : {}, { replace: true });
        }}
      >
        <Stack gap="xs" maw={640}>
          <TextInput
            label={t('customers.lookupPage.search')}
            placeholder={t('customers.lookupPage.placeholder')}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            rightSectionWidth={100}
            rightSection={
              <Button type="submit" size="xs">
                {t('customers.lookupPage.search')}
              </Button>
            }
            data-autofocus
          />
        </Stack>
      </form>
      {!search ? (
        <Text c="dimmed">{t('customers.lookupPage.typeToSearch')}</Text>
      ) : nothingFound ? (
        <EmptyState
          title={t('customers.lookupPage.nothingFound', { search })}
          description={t('customers.lookupPage.addHint')}
          py="xl"
        >
          <CreateButton to={addLink} />
        </EmptyState>
      ) : (
        <DataTable
          label={t('customers.lookupPage.results')}
          data={hits}
          columns={columns}
          getRowId={(h) => h.id}
          totalCount={hits?.length}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
        />
      )}
    </Page>
  );
}
