import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { CUSTOMER_LEVELS } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardQuery } from '../../../gql/graphql';
import { useChartFormat } from './chart-format';

export interface DashboardTilesProps {
  data: DashboardQuery['dashboard'];
}

interface TileProps {
  label: string;
  value: string;
  /** The list it summarises (none yet for invoices and receipts). */
  to?: string;
  hint?: string;
  testId: string;
}

function Tile({ label, value, to, hint, testId }: TileProps) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      {to ? (
        <Anchor component={Link} to={to} size="sm" c="dimmed">
          {label}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      )}
      <Text fz={24} fw={700}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The headline figures, each linking to the list it summarises. */
export function DashboardTiles({ data }: DashboardTilesProps) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const open = data.pipeline.filter((p) => p.stage !== 'WON' && p.stage !== 'LOST');
  const invoiced = data.revenueByMonth.reduce((s, m) => s + BigInt(m.invoiced), 0n);
  const received = data.revenueByMonth.reduce((s, m) => s + BigInt(m.received), 0n);
  const done = data.activitiesDone.reduce((s, a) => s + a.count, 0);
  const campaigns = data.campaignStatusCounts.reduce((s, c) => s + c.count, 0);
  const customers = data.levelCounts.reduce((s, l) => s + l.count, 0);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
        <Tile
          testId="tile-new-customers"
          label={t('reports.tiles.newCustomers')}
          value={f.number(data.newCustomers)}
          to="/customers"
        />
        <Tile
          testId="tile-pipeline"
          label={t('reports.tiles.openPipeline')}
          value={f.number(open.reduce((s, p) => s + p.count, 0))}
          hint={f.money(open.reduce((s, p) => s + BigInt(p.value), 0n).toString())}
          to="/opportunities"
        />
        <Tile
          testId="tile-invoiced"
          label={t('reports.tiles.invoiced')}
          value={f.axisMoney(invoiced.toString())}
          hint={f.money(invoiced.toString())}
        />
        <Tile
          testId="tile-received"
          label={t('reports.tiles.received')}
          value={f.axisMoney(received.toString())}
          hint={`${t('reports.tiles.overdueDebt')}: ${f.money(data.overdueDebt)}`}
        />
        <Tile
          testId="tile-activities"
          label={t('reports.tiles.activitiesDone')}
          value={f.number(done)}
          to="/activities"
        />
        <Tile
          testId="tile-campaigns"
          label={t('reports.tiles.campaigns')}
          value={f.number(campaigns)}
          hint={`${t('campaigns.totals.registered')}: ${f.number(data.campaignTotals.registered)}`}
          to="/campaigns"
        />
      </SimpleGrid>
      <Paper withBorder p="md" data-testid="tile-levels">
        <Group justify="space-between" mb="xs">
          <Anchor component={Link} to="/customers" fw={600}>
            {t('reports.tiles.levels')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('common.all')}: {f.number(customers)}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
          {CUSTOMER_LEVELS.map((level) => (
            <div key={level} data-testid={`level-${level}`}>
              <Text size="xs" c="dimmed">
                {t(`customers.levels.${level}`)}
              </Text>
              <Text fw={700}>{f.number(data.levelCounts.find((l) => l.level === level)?.count ?? 0)}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
