import { Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveContainer } from 'recharts';

export interface ChartPanelProps {
  title: string;
  /** No points at all: a sentence instead of blank axes. */
  empty: boolean;
  /** The chart's figures as a table, for screen readers (and anyone who prefers numbers). */
  table: { head: string[]; rows: (string | number)[][] };
  height?: number;
  /** A link or a figure above the chart. */
  extra?: ReactNode;
  children: ReactElement;
}

/** One chart: its title, an empty state, and a table view of the same figures. */
export function ChartPanel({ title, empty, table, height = 260, extra, children }: ChartPanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" role="figure" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {extra}
      {empty ? (
        <Text c="dimmed" py="xl" ta="center" data-testid="chart-empty">
          {t('reports.noData')}
        </Text>
      ) : (
        <>
          <div>
            <ResponsiveContainer width="100%" height={height}>
              {children}
            </ResponsiveContainer>
          </div>
          <VisuallyHidden>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  {table.head.map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((r, i) => (
                  <Table.Tr key={i}>
                    {r.map((v, j) => (
                      <Table.Td key={j}>{v}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
        </>
      )}
    </Paper>
  );
}
