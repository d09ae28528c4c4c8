import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  /** What goes here ("Chưa có khách hàng nào"). */
  title: string;
  /** The next step in words ("Thêm khách hàng đầu tiên hoặc nhập từ tệp Excel."). */
  description?: string;
  /** The buttons of that next step (create, import, clear the filter). */
  action?: ReactNode;
}

/** An empty list or panel: what it holds and what to do next, never a bare "Không có dữ liệu" (issue 20.6). */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Stack align="center" gap={6} py="xl" px="md" ta="center" data-testid="empty-state">
      <Text fw={600}>{title}</Text>
      {description ? (
        <Text size="sm" c="dimmed" maw={520}>
          {description}
        </Text>
      ) : null}
      {action ? (
        <Group gap="sm" justify="center" mt="xs">
          {action}
        </Group>
      ) : null}
    </Stack>
  );
}
