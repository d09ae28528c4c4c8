import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignDetailFragment } from '../../../gql/graphql';
import { STATUS_COLORS } from './chart-colors';

export interface CampaignTotalsProps {
  stats: CampaignDetailFragment['stats'];
}

/** The four cumulative totals of CMP-07, exactly as the seed defines them. */
export function CampaignTotals({ stats }: CampaignTotalsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} role="list" aria-label={t('campaigns.charts.totals')}>
      {(['registered', 'confirmed', 'joined', 'cancelled'] as const).map((k) => (
        <Paper
          key={k}
          withBorder
          p="sm"
          role="listitem"
          aria-label={t(`campaigns.totals.${k}`)}
          style={{ borderTop: `3px solid ${STATUS_COLORS[k]}` }}
        >
          <Text size="sm" c="dimmed">
            {t(`campaigns.totals.${k}`)}
          </Text>
          <Text size="xl" fw={700} data-testid={`total-${k}`}>
            {stats[k]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
