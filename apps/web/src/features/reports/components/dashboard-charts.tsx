import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardQuery } from '../../../gql/graphql';
import { CATEGORY_TICKS, SERIES_COLORS, useChartFormat } from './chart-format';
import { ChartPanel } from './chart-panel';

export interface DashboardChartsProps {
  data: DashboardQuery['dashboard'];
}

/** REP-02 charts: revenue per month, pipeline, activities done per user, campaigns, debt aging. */
export function DashboardCharts({ data }: DashboardChartsProps) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const revenue = data.revenueByMonth.map((m) => ({
    month: f.month(m.month),
    invoiced: Number(m.invoiced),
    received: Number(m.received),
  }));
  const hasRevenue = revenue.some((m) => m.invoiced > 0 || m.received > 0);
  // A line joins points only when there are at least two months with receipts.
  const receivedPoints = revenue.filter((m) => m.received > 0).length;
  const pipeline = data.pipeline.map((p) => ({
    name: t(`customers.sales.stages.${p.stage}`),
    count: p.count,
    value: Number(p.value),
  }));
  const activities = data.activitiesDone.map((a) => ({ name: a.user.name, count: a.count }));
  const campaigns = data.campaignStatusCounts.map((c) => ({
    name: t(`campaigns.status.${c.status}`),
    count: c.count,
  }));
  const money = (v: unknown) => f.money(Number(v));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ChartPanel
        title={t('reports.charts.revenue')}
        empty={!hasRevenue}
        table={{
          head: [t('reports.month'), t('reports.invoiced'), t('reports.received')],
          rows: revenue.map((m) => [m.month, f.money(m.invoiced), f.money(m.received)]),
        }}
      >
        <ComposedChart data={revenue} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            interval={0}
            tick={{ fontSize: 11 }}
            angle={-30}
            textAnchor="end"
            height={50}
          />
          <YAxis tickFormatter={f.axisMoney} width={70} />
          <Tooltip formatter={money} />
          <Legend />
          <Bar dataKey="invoiced" name={t('reports.invoiced')} fill={SERIES_COLORS[0]} />
          {receivedPoints > 1 ? (
            <Line dataKey="received" name={t('reports.received')} stroke={SERIES_COLORS[1]} strokeWidth={2} />
          ) : (
            <Bar dataKey="received" name={t('reports.received')} fill={SERIES_COLORS[1]} />
          )}
        </ComposedChart>
      </ChartPanel>
      <ChartPanel
        title={t('reports.charts.pipeline')}
        empty={pipeline.every((p) => p.count === 0)}
        table={{
          head: [t('reports.stage'), t('reports.count'), t('reports.value')],
          rows: pipeline.map((p) => [p.name, p.count, f.money(p.value)]),
        }}
      >
        <BarChart data={pipeline} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" {...CATEGORY_TICKS} />
          <YAxis yAxisId="value" tickFormatter={f.axisMoney} width={70} />
          <YAxis yAxisId="count" orientation="right" allowDecimals={false} width={40} />
          <Tooltip formatter={(v, name) => (name === t('reports.value') ? money(v) : f.number(Number(v)))} />
          <Legend />
          <Bar yAxisId="value" dataKey="value" name={t('reports.value')} fill={SERIES_COLORS[2]} />
          <Bar yAxisId="count" dataKey="count" name={t('reports.count')} fill={SERIES_COLORS[4]} />
        </BarChart>
      </ChartPanel>
      <ChartPanel
        title={t('reports.charts.activitiesDone')}
        empty={activities.length === 0}
        height={Math.max(200, activities.length * 32 + 60)}
        table={{
          head: [t('reports.user'), t('reports.count')],
          rows: activities.map((a) => [a.name, a.count]),
        }}
      >
        <BarChart data={activities} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={130} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name={t('reports.count')} fill={SERIES_COLORS[0]} maxBarSize={36} />
        </BarChart>
      </ChartPanel>
      <ChartPanel
        title={t('reports.charts.campaigns')}
        empty={campaigns.every((c) => c.count === 0)}
        table={{
          head: [t('reports.status'), t('reports.count')],
          rows: campaigns.map((c) => [c.name, c.count]),
        }}
      >
        <BarChart data={campaigns} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="count" name={t('reports.count')} fill={SERIES_COLORS[5]} maxBarSize={60} />
        </BarChart>
      </ChartPanel>
      <ChartPanel
        title={t('reports.charts.debtAging')}
        empty={data.debtAging.every((b) => Number(b.amount) === 0)}
        table={{
          head: [t('reports.daysOverdue'), t('reports.amount'), t('reports.count')],
          rows: data.debtAging.map((b) => [b.bucket, f.money(b.amount), b.count]),
        }}
      >
        <BarChart data={data.debtAging.map((b) => ({ name: b.bucket, amount: Number(b.amount) }))}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} />
          <YAxis tickFormatter={f.axisMoney} width={70} />
          <Tooltip formatter={money} />
          <Bar dataKey="amount" name={t('reports.amount')} fill={SERIES_COLORS[3]} />
        </BarChart>
      </ChartPanel>
    </SimpleGrid>
  );
}
