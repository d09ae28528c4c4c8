import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../confirm';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type BulkAction,
  type PagedQuery,
} from '../data-table';
import { useListEmpty } from '../empty-state';
import { usePagedQuery } from '../list-page/use-paged-query';
import { useErrorMessage } from '../page';

/** The search text of a trash list (debounced for the query) and its paging. */
export function useTrashSearch() {
  const paging = useCursorPagination();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  return {
    paging,
    text,
    search,
    setText(value: string) {
      setText(value);
      paging.reset();
    },
  };
}

export type TrashSearch = ReturnType<typeof useTrashSearch>;

/**
 * The deleted rows of one module asked for the page shown: its trash document (`search`, `first`,
 * `after`), or its list document given the trash's variables by `variables`.
 */
export function useTrashQuery<TData, TVars extends OperationVariables, T>(
  document: TypedDocumentNode<TData, TVars>,
  trash: TrashSearch,
  connection: (data: TData) => PagedQuery<T>['connection'],
  variables?: (search: string | undefined) => Omit<TVars, 'first' | 'after'>,
): PagedQuery<T> {
  const search = trash.search || undefined;
  return usePagedQuery(
    document,
    (variables ? variables(search) : { search }) as never,
    trash.paging,
    connection,
  );
}

/** `useTrashQuery`'s `variables` for a list document: its deleted rows, as the list shows them. */
export function deletedRows(search: string | undefined) {
  return { filter: { search, deleted: true } };
}

export interface TrashTableProps<T extends { id: string }> {
  label: string;
  trash: TrashSearch;
  query: PagedQuery<T>;
  columns: ColumnDef<T>[];
  /** Restores the rows; resolves to how many were restored. */
  restore: (ids: string[]) => Promise<number>;
  /** Deletes the rows for good (after "Có"); given only to those who may (admins). */
  purge?: (ids: string[]) => Promise<number>;
}

/** Thùng rác of one module: search, the deleted rows, "Khôi phục" and, for admins, purge. */
export function TrashTable<T extends { id: string }>(props: TrashTableProps<T>) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const listEmpty = useListEmpty();
  const { trash, purge, restore } = props;

  const run = async (action: () => Promise<number>, message: (count: number) => string) => {
    try {
      notifications.show({ color: 'teal', message: message(await action()) });
    } catch (failure) {
      notifications.show({ color: 'red', message: errorMessage(failure) });
    }
  };
  const ids = (rows: T[]) => rows.map((r) => r.id);

  const actions: BulkAction<T>[] = [
    {
      label: t('trash.restore'),
      onClick: (rows) =>
        run(
          () => restore(ids(rows)),
          (count) => t('trash.restored', { count }),
        ),
    },
  ];
  if (purge) {
    actions.push({
      label: t('trash.purge'),
      color: 'red',
      onClick: async (rows) => {
        const yes = await confirm({
          title: t('trash.purgeTitle'),
          message: t('trash.purgeConfirm', { count: rows.length }),
          danger: true,
        });
        if (yes) {
          await run(
            () => purge(ids(rows)),
            (count) => t('trash.purged', { count }),
          );
        }
      },
    });
  }

  return (
    <>
      <TextInput
        label={t('common.search')}
        placeholder={t('trash.searchPlaceholder')}
        type="search"
        value={trash.text}
        onChange={(event) => trash.setText(event.currentTarget.value)}
        w={320}
      />
      <DataTable
        label={props.label}
        columns={props.columns}
        getRowId={(row) => row.id}
        {...pagedTableProps(props.query, trash.paging)}
        // A typed search still waiting for its debounce counts as loading: the rows shown are about
        // to change, and the table says so (aria-busy and the overlay) until they have.
        loading={props.query.loading || trash.text.trim() !== trash.search}
        bulkActions={actions}
        empty={
          trash.search
            ? listEmpty({
                what: t('empty.what.trash'),
                filtered: true,
                onClearFilters: () => trash.setText(''),
              })
            : { title: t('empty.trashNone'), description: t('empty.trashHint') }
        }
      />
    </>
  );
}
