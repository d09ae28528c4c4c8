import { Button, Group } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { DataTable } from '../../../components/data-table';
import { useErrorMessage } from '../../../components/page';
import type { CategoryKind, SettingsCategoriesQuery } from '../../../gql/graphql';
import { useDeleteCategory } from '../api/delete-category';
import { useSettingsCategories } from '../api/settings-categories';
import { CategoryDialog } from './category-dialog';
import { notifyDone, notifyFailed } from '../../../lib/notify';

type Category = SettingsCategoriesQuery['categories'][number];

export interface CategoryListProps {
  kind: CategoryKind;
}

/** One list of CUS-12: add, rename, delete (a category in use is refused by the server). */
export function CategoryList({ kind }: CategoryListProps) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useSettingsCategories(kind);
  const [deleteCategory] = useDeleteCategory();
  const [editing, setEditing] = useState<Category | 'new' | null>(null);
  const kindLabel = t(`customerSettings.kinds.${kind}`);

  const columns = useMemo<ColumnDef<Category>[]>(
    () => [
      { id: 'name', header: t('customerSettings.categoryName'), cell: ({ row }) => row.original.name },
      {
        id: 'actions',
        header: t('customerSettings.actions'),
        meta: { width: 200, nowrap: true, alwaysVisible: true },
        cell: ({ row }) => (
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={`${t('customerSettings.rename')} ${row.original.name}`}
              onClick={() => setEditing(row.original)}
            >
              {t('customerSettings.rename')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={`${t('customerSettings.delete')} ${row.original.name}`}
              onClick={async () => {
                const yes = await confirm({
                  title: t('customerSettings.deleteTitle'),
                  message: t('customerSettings.deleteConfirm', { name: row.original.name }),
                  danger: true,
                });
                if (!yes) {
                  return;
                }
                try {
                  await deleteCategory({ variables: { id: row.original.id } });
                  notifyDone(t('customerSettings.categoryDeleted', { name: row.original.name }));
                } catch (failure) {
                  notifyFailed(errorMessage(failure));
                }
              }}
            >
              {t('customerSettings.delete')}
            </Button>
          </Group>
        ),
      },
    ],
    [t, confirm, deleteCategory, errorMessage],
  );

  return (
    <>
      <Group justify="flex-end">
        <Button onClick={() => setEditing('new')}>{t('common.add')}</Button>
      </Group>
      <DataTable
        label={t('customerSettings.categoryList', { kind: kindLabel })}
        data={data?.categories}
        columns={columns}
        getRowId={(c) => c.id}
        totalCount={data?.categories.length}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={{ title: t('empty.categoryNone'), description: t('empty.categoryHint') }}
      />
      {editing ? (
        <CategoryDialog
          kind={kind}
          category={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
