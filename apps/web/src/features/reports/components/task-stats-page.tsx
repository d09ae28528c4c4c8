import { Paper, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorAlert, PageLoader } from '../../../components/page';
import { useReportDepartments } from '../api/report-departments';
import { useTaskStatistics } from '../api/task-statistics';
import { CATEGORY_TICKS, SERIES_COLORS, useChartFormat } from './chart-format';
import { ChartPanel } from './chart-panel';
import { PeriodPicker, thisYear } from './period-picker';

const COLUMNS = ['planned', 'inProgress', 'done', 'cancelled', 'overdue', 'total'] as const;
const STACKED = ['planned', 'inProgress', 'done', 'cancelled'] as const;

/** Báo cáo → Thống kê công việc: assignee × status, and overdue, for a period and a department. */
export function TaskStatsPage() {
  const { t } = useTranslation();
  const f = useChartFormat();
  const [period, setPeriod] = useState(thisYear);
  const [department, setDepartment] = useState<string | null>(null);
  const departments = useReportDepartments();
  const { data, error } = useTaskStatistics(period.from, period.to, department);
  const rows = data?.taskStatistics ?? [];
  const chart = rows.map((r) => ({ name: r.assignee.name, ...r }));
  return (
    <Stack gap="md">
      <PeriodPicker value={period} onChange={setPeriod} />
      <Select
        label={t('reports.tasks.department')}
        placeholder={t('common.all')}
        clearable
        data={(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={department}
        onChange={setDepartment}
        w={260}
      />
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <PageLoader /> : null}
      {data ? (
        <>
          <Paper withBorder>
            <ScrollArea>
              <Table striped miw={640} aria-label={t('reports.tasks.table')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.tasks.assignee')}</Table.Th>
                    {COLUMNS.map((c) => (
                      <Table.Th key={c} ta="right">
                        {t(`reports.tasks.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.assigneeId}>
                      <Table.Td>{r.assignee.name}</Table.Td>
                      {COLUMNS.map((c) => (
                        <Table.Td key={c} ta="right" c={c === 'overdue' && r.overdue > 0 ? 'red' : undefined}>
                          {f.number(r[c])}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            {rows.length === 0 ? (
              <Text c="dimmed" ta="center" py="md">
                {t('reports.noData')}
              </Text>
            ) : null}
          </Paper>
          <ChartPanel
            title={t('reports.tasks.chart')}
            empty={rows.length === 0}
            height={300}
            table={{
              head: [t('reports.tasks.assignee'), ...COLUMNS.map((c) => t(`reports.tasks.${c}`))],
              rows: rows.map((r) => [r.assignee.name, ...COLUMNS.map((c) => r[c])]),
            }}
          >
            <BarChart data={chart} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" {...CATEGORY_TICKS} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {STACKED.map((k, i) => (
                <Bar key={k} dataKey={k} stackId="s" name={t(`reports.tasks.${k}`)} fill={SERIES_COLORS[i]} />
              ))}
            </BarChart>
          </ChartPanel>
        </>
      ) : null}
    </Stack>
  );
}
