import { Button, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Pager } from './types';

export interface PaginationBarProps {
  pager: Pager;
  rowCount: number;
  /** The list's size as text (see `useCountText`). */
  total?: string;
}

export function PaginationBar({ pager, rowCount, total }: PaginationBarProps) {
  const { t } = useTranslation();
  const from = rowCount === 0 ? 0 : pager.pageIndex * pager.pageSize + 1;
  const to = pager.pageIndex * pager.pageSize + rowCount;
  return (
    <Group gap="sm" justify="flex-end" wrap="wrap">
      {pager.onPageSizeChange && pager.pageSizes ? (
        <Select
          aria-label={t('table.pageSize')}
          size="xs"
          w={80}
          allowDeselect={false}
          data={pager.pageSizes.map(String)}
          value={String(pager.pageSize)}
          onChange={(value) => value && pager.onPageSizeChange?.(Number(value))}
        />
      ) : null}
      {total !== undefined ? (
        <Text size="sm" c="dimmed">
          {t('table.range', { from, to, total })}
        </Text>
      ) : null}
      <Button size="xs" variant="default" disabled={!pager.hasPreviousPage} onClick={pager.onPrevious}>
        ‹ {t('table.previous')}
      </Button>
      <Button size="xs" variant="default" disabled={!pager.hasNextPage} onClick={pager.onNext}>
        {t('table.next')} ›
      </Button>
    </Group>
  );
}
