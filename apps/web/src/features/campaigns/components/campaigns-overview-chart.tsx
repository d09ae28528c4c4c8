import { Paper, Text, Title, type TextProps } from '@mantine/core';
import { formatCompactVnd, formatVnd } from '@sen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCampaignOverview } from '../api/campaign-overview';
import { STATUS_COLORS } from './chart-colors';

interface CampaignBarsProps extends Pick<TextProps, 'mb' | 'my'> {
  caption: string;
  rows: { name: string }[];
  height: number;
  /** The chart's value axis, tooltip, legend and bars. */
  children: ReactNode;
}

/** One chart of the overview under its caption: a group of bars a campaign, the names slanted to fit under it. */
function CampaignBars({ caption, rows, height, children, ...spacing }: CampaignBarsProps) {
  return (
    <>
      <Text size="sm" c="dimmed" {...spacing}>
        {caption}
      </Text>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="name"
            interval={0}
            angle={-30}
            textAnchor="end"
            height={70}
            tick={{ fontSize: 11 }}
          />
          {children}
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}

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
  return (
    <Paper withBorder p="md" aria-label={t('campaigns.overview')} role="region">
      <Title order={2} size="h4" mb="sm">
        {t('campaigns.overview')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('reports.noData')}</Text>
      ) : (
        <>
          <CampaignBars caption={t('campaigns.charts.totals')} rows={rows} height={260} mb="xs">
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {(['registered', 'confirmed', 'joined', 'cancelled'] as const).map((k) => (
              <Bar key={k} dataKey={k} name={t(`campaigns.totals.${k}`)} fill={STATUS_COLORS[k]} />
            ))}
          </CampaignBars>
          <CampaignBars caption={t('campaigns.charts.costRevenue')} rows={rows} height={220} my="xs">
            <YAxis
              tickFormatter={(v: number) => formatCompactVnd(v, i18n.language === 'en' ? 'en' : 'vi')}
              width={70}
            />
            <Tooltip formatter={(v) => formatVnd(Number(v))} />
            <Legend />
            <Bar dataKey="cost" name={t('campaigns.charts.cost')} fill="#fa5252" />
            <Bar dataKey="revenue" name={t('campaigns.charts.revenue')} fill="#12b886" />
          </CampaignBars>
        </>
      )}
    </Paper>
  );
}
