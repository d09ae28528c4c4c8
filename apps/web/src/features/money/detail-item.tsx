import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of a document's header (an order, a receipt); "—" when empty. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </div>
  );
}
