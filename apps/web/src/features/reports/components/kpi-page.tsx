import { Button, Group, Paper, ScrollArea, SegmentedControl, Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { KPI_METRICS } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorAlert, PageLoader, useErrorMessage } from '../../../components/page';
import type { KpiSubject } from '../../../gql/graphql';
import { downloadFile } from '../../../lib/files';
import { useCopyKpiTargets } from '../api/copy-kpi-targets';
import { useKpiReport } from '../api/kpi-report';
import { isManagerOrAdmin, useViewer } from '../../../lib/viewer';
import { CATEGORY_TICKS, SERIES_COLORS, useChartFormat } from './chart-format';
import { ChartPanel } from './chart-panel';
import { KpiTargetsDialog } from './kpi-targets-dialog';
import { todayVi } from './period-picker';

/** Báo cáo → KPI (REP-01): target, actual and % per employee or department, for a month. */
export function KpiPage() {
  const { t, i18n } = useTranslation();
  const f = useChartFormat();
  const errorMessage = useErrorMessage();
  const canSet = isManagerOrAdmin(useViewer());
  const [month, setMonth] = useState(() => todayVi().slice(0, 7));
  const [by, setBy] = useState<KpiSubject>('USER' as KpiSubject);
  const [editing, setEditing] = useState(false);
  const { data, error } = useKpiReport(month, by);
  const [copy, { loading: copying }] = useCopyKpiTargets();
  const rows = data?.kpiReport ?? [];
  const subjects = [...new Map(rows.map((r) => [r.subjectId, r.subjectName])).entries()];
  const value = (metric: string, v: string | null) =>
    v === null ? '—' : metric === 'REVENUE' ? f.money(v) : f.number(v);
  const chart = subjects.map(([id, name]) => ({
    name,
    ...Object.fromEntries(
      KPI_METRICS.map((m) => [m, rows.find((r) => r.subjectId === id && r.metric === m)?.percent ?? 0]),
    ),
  }));
  const exportXlsx = async () => {
    try {
      await downloadFile(
        `/files/export/kpi.xlsx?month=${month}&by=${by}&lang=${i18n.language}`,
        `kpi-${month}.xlsx`,
      );
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err) });
    }
  };
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="month"
          label={t('reports.kpi.month')}
          value={month}
          onChange={(e) => /^\d{4}-\d{2}$/.test(e.currentTarget.value) && setMonth(e.currentTarget.value)}
          w={170}
        />
        {canSet ? (
          <SegmentedControl
            value={by}
            onChange={(v) => setBy(v as KpiSubject)}
            data={[
              { value: 'USER', label: t('reports.kpi.byUser') },
              { value: 'DEPARTMENT', label: t('reports.kpi.byDepartment') },
            ]}
          />
        ) : null}
        <Button variant="default" onClick={() => void exportXlsx()}>
          {t('imports.exportXlsx')}
        </Button>
        {canSet ? (
          <>
            <Button onClick={() => setEditing(true)} disabled={rows.length === 0}>
              {t('reports.kpi.setTargetsButton')}
            </Button>
            <Button
              variant="light"
              loading={copying}
              onClick={() =>
                void copy({ variables: { month } })
                  .then(() => notifications.show({ color: 'green', message: t('reports.kpi.copied') }))
                  .catch((err: unknown) => notifications.show({ color: 'red', message: errorMessage(err) }))
              }
            >
              {t('reports.kpi.copyPrevious')}
            </Button>
          </>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <PageLoader /> : null}
      {data ? (
        <>
          <Paper withBorder>
            <ScrollArea>
              <Table striped miw={720} aria-label={t('reports.kpi.table')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(by === 'USER' ? 'reports.kpi.user' : 'reports.kpi.department')}</Table.Th>
                    <Table.Th>{t('reports.kpi.metric')}</Table.Th>
                    <Table.Th ta="right">{t('reports.kpi.target')}</Table.Th>
                    <Table.Th ta="right">{t('reports.kpi.actual')}</Table.Th>
                    <Table.Th ta="right">%</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr
                      key={`${r.subjectId}-${r.metric}`}
                      data-testid={`kpi-${r.subjectName}-${r.metric}`}
                    >
                      <Table.Td>{r.subjectName}</Table.Td>
                      <Table.Td>{t(`reports.kpi.metrics.${r.metric}`)}</Table.Td>
                      <Table.Td ta="right">{value(r.metric, r.target ?? null)}</Table.Td>
                      <Table.Td ta="right">{value(r.metric, r.actual)}</Table.Td>
                      <Table.Td ta="right">
                        {r.percent === null || r.percent === undefined ? '—' : `${f.number(r.percent)} %`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Paper>
          <ChartPanel
            title={t('reports.kpi.chart')}
            empty={rows.every((r) => r.percent === null || r.percent === undefined)}
            height={300}
            table={{
              head: [t('reports.kpi.user'), ...KPI_METRICS.map((m) => t(`reports.kpi.metrics.${m}`))],
              rows: chart.map((c) => [
                c.name,
                ...KPI_METRICS.map((m) => `${(c as Record<string, unknown>)[m]} %`),
              ]),
            }}
          >
            <BarChart data={chart} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" {...CATEGORY_TICKS} />
              <YAxis unit=" %" width={60} />
              <Tooltip formatter={(v) => `${f.number(Number(v))} %`} />
              <Legend />
              <ReferenceLine y={100} stroke="#495057" strokeDasharray="4 4" />
              {KPI_METRICS.map((m, i) => (
                <Bar key={m} dataKey={m} name={t(`reports.kpi.metrics.${m}`)} fill={SERIES_COLORS[i]} />
              ))}
            </BarChart>
          </ChartPanel>
        </>
      ) : null}
      {editing ? (
        <KpiTargetsDialog opened onClose={() => setEditing(false)} month={month} by={by} rows={rows} />
      ) : null}
    </Stack>
  );
}
