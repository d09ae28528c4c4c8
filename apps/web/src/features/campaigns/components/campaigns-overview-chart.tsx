import { Paper, Text, Title } from '@mantine/core';
import { formatCompactVnd, formatVnd } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCampaignOverview } from '../api/campaign-overview';
import { STATUS_COLORS } from './chart-colors';

/** Managers: the four CMP-07 totals and cost vs revenue across the latest campaigns. */
export function CampaignsOverviewChart() {
  const { t, i18n } = useTranslation();
  const { data } = useCampaignOverview();
  const rows = (data?.campaigns.nodes ?? []).map((c) => ({
    name: c.name,
    ...c.stats,
    cost: Number(c.totalExpenses),
    revenue: Number(c.actualRevenue ?? 0),
  }));
  // The campaigns' names, slanted to fit under both charts.
  const nameAxis = (
    <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" height={70} tick={{ fontSize: 11 }} />
  );
  return (
    <Paper withBorder p="md" aria-label={t('campaigns.overview')} role="region">
      <Title order={2} size="h4" mb="sm">
        {t('campaigns.overview')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('reports.noData')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('campaigns.charts.totals')}
          </Text>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={rows}>
              <CartesianGrid strokeDasharray="3 3" />
              {nameAxis}
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {(['registered', 'confirmed', 'joined', 'cancelled'] as const).map((k) => (
                <Bar key={k} dataKey={k} name={t(`campaigns.totals.${k}`)} fill={STATUS_COLORS[k]} />
              ))}
            </BarChart>
          </ResponsiveContainer>
          <Text size="sm" c="dimmed" my="xs">
            {t('campaigns.charts.costRevenue')}
          </Text>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={rows}>
              <CartesianGrid strokeDasharray="3 3" />
              {nameAxis}
              <YAxis
                tickFormatter={(v: number) => formatCompactVnd(v, i18n.language === 'en' ? 'en' : 'vi')}
                width={70}
              />
              <Tooltip formatter={(v) => formatVnd(Number(v))} />
              <Legend />
              <Bar dataKey="cost" name={t('campaigns.charts.cost')} fill="#fa5252" />
              <Bar dataKey="revenue" name={t('campaigns.charts.revenue')} fill="#12b886" />
            </BarChart>
          </ResponsiveContainer>
        </>
      )}
    </Paper>
  );
}
