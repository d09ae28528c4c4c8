import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmptyStateProps } from './empty-state';

export interface ListEmptyOptions {
  /** What the list holds, plural, in the UI language ("khách hàng", "customers"). */
  what: string;
  /** A search or filter is applied, so the list is empty because of it. */
  filtered: boolean;
  /** Clears the search and filters ("Xóa bộ lọc"). */
  onClearFilters?: () => void;
  /** The create page ("Thêm mới"). */
  createTo?: string;
  /** The import page ("Nhập khẩu"). */
  importTo?: string;
}

/** The empty state of a list: "no match, clear the filter" or "none yet, create or import". */
export function useListEmpty(): (options: ListEmptyOptions) => EmptyStateProps {
  const { t } = useTranslation();
  return ({ what, filtered, onClearFilters, createTo, importTo }) => {
    if (filtered) {
      return {
        title: t('empty.noMatch', { what }),
        description: t('empty.noMatchHint'),
        action: onClearFilters ? (
          <Button variant="default" onClick={onClearFilters}>
            {t('empty.clearFilters')}
          </Button>
        ) : undefined,
      };
    }
    const description = createTo
      ? importTo
        ? t('empty.createOrImportHint', { what })
        : t('empty.createHint', { what })
      : undefined;
    return {
      title: t('empty.none', { what }),
      description,
      action:
        createTo || importTo ? (
          <>
            {createTo ? (
              <Button component={Link} to={createTo}>
                {t('empty.createFirst', { what })}
              </Button>
            ) : null}
            {importTo ? (
              <Button component={Link} to={importTo} variant="default">
                {t('empty.importFile')}
              </Button>
            ) : null}
          </>
        ) : undefined,
    };
  };
}
