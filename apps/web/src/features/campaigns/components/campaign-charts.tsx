import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatCompactVnd, formatVnd } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { PageLoader } from '../../../components/page';
import { useCampaignCharts } from '../api/campaign-charts';
import { STATUS_COLORS } from './chart-colors';

export interface CampaignChartsProps {
  campaignId: string;
}

const KEYS = ['registered', 'confirmed', 'joined', 'cancelled'] as const;
const STATUS_KEY = {
  REGISTERED: 'registered',
  CONFIRMED: 'confirmed',
  JOINED: 'joined',
  CANCELLED: 'cancelled',
} as const;

/** Running totals per day: registrations and joins so far. */
function runningTotals(days: { date: string; registered: number; joined: number }[]) {
  const out: { date: string; registered: number; joined: number }[] = [];
  for (const d of days) {
    const prev = out.at(-1);
    out.push({
      date: d.date.split('-').reverse().join('/'),
      registered: (prev?.registered ?? 0) + d.registered,
      joined: (prev?.joined ?? 0) + d.joined,
    });
  }
  return out;
}

/** CMP-07 charts of one campaign (loaded lazily with recharts). */
export function CampaignCharts({ campaignId }: CampaignChartsProps) {
  const { t, i18n } = useTranslation();
  const { data } = useCampaignCharts(campaignId);
  const c = data?.campaign;
  if (!c) {
    return <PageLoader />;
  }
  const totals = KEYS.map((k) => ({
    name: t(`campaigns.totals.${k}`),
    value: c.stats[k],
    fill: STATUS_COLORS[k],
  }));
  const current = c.statusCounts.map((s) => ({
    name: t(`campaigns.memberStatus.${s.status}`),
    value: s.count,
    fill: STATUS_COLORS[STATUS_KEY[s.status]],
  }));
  const timeline = runningTotals(c.timeline);
  const money = [
    { name: t('campaigns.fields.budget'), value: Number(c.budget ?? 0), fill: '#1c7ed6' },
    { name: t('campaigns.charts.cost'), value: Number(c.totalExpenses), fill: '#e03131' },
    { name: t('campaigns.fields.expectedRevenue'), value: Number(c.expectedRevenue ?? 0), fill: '#f08c00' },
    { name: t('campaigns.fields.actualRevenue'), value: Number(c.actualRevenue ?? 0), fill: '#2f9e44' },
  ];
  const panel = (title: string, chart: React.ReactElement, empty = false) => (
    <Paper withBorder p="md" role="figure" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {empty ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('reports.noData')}
        </Text>
      ) : (
        <ResponsiveContainer width="100%" height={240}>
          {chart}
        </ResponsiveContainer>
      )}
    </Paper>
  );
  /** Members per status, as bars. */
  const countPanel = (title: string, data: { name: string; value: number }[]) =>
    panel(
      title,
      <BarChart data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="value" name={t('campaigns.charts.count')} />
      </BarChart>,
      data.every((x) => x.value === 0),
    );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {countPanel(t('campaigns.charts.totals'), totals)}
      {countPanel(t('campaigns.charts.current'), current)}
      {panel(
        t('campaigns.charts.overTime'),
        <LineChart data={timeline}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="registered"
            name={t('campaigns.totals.registered')}
            stroke={STATUS_COLORS.registered}
          />
          <Line
            type="monotone"
            dataKey="joined"
            name={t('campaigns.totals.joined')}
            stroke={STATUS_COLORS.joined}
          />
        </LineChart>,
        timeline.length < 2,
      )}
      {panel(
        t('campaigns.charts.costRevenue'),
        <BarChart data={money}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
          <YAxis
            tickFormatter={(v: number) => formatCompactVnd(v, i18n.language === 'en' ? 'en' : 'vi')}
            width={70}
          />
          <Tooltip formatter={(v) => formatVnd(Number(v))} />
          <Bar dataKey="value" name={t('campaigns.charts.amount')} />
        </BarChart>,
        money.every((x) => x.value === 0),
      )}
    </SimpleGrid>
  );
}
