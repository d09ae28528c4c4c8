import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { formatDateVi, formatVnd } from '@sen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDetailFragment } from '../../../gql/graphql';

export interface CampaignInfoTabProps {
  campaign: CampaignDetailFragment;
}

const money = (v: string | null | undefined) => (v ? formatVnd(v) : '');

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** Campaign data, goals, budget, expense lines and their total, expected vs actual revenue. */
export function CampaignInfoTab({ campaign: c }: CampaignInfoTabProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Item label={t('campaigns.fields.code')}>{c.code}</Item>
        <Item label={t('campaigns.fields.type')}>{c.type}</Item>
        <Item label={t('campaigns.fields.executor')}>{c.executor?.name}</Item>
        <Item label={t('campaigns.fields.startDate')}>{formatDateVi(c.startDate)}</Item>
        <Item label={t('campaigns.fields.endDate')}>{c.endDate ? formatDateVi(c.endDate) : ''}</Item>
        <Item label={t('campaigns.fields.creator')}>{c.creator.name}</Item>
        <Item label={t('campaigns.fields.budget')}>{money(c.budget)}</Item>
        <Item label={t('campaigns.fields.expectedRevenue')}>{money(c.expectedRevenue)}</Item>
        <Item label={t('campaigns.fields.actualRevenue')}>{money(c.actualRevenue)}</Item>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
        <Item label={t('campaigns.fields.goals')}>{c.goals}</Item>
        <Item label={t('campaigns.fields.description')}>{c.description}</Item>
      </SimpleGrid>
      <Text fw={600} mt="lg" mb="xs">
        {t('campaigns.fields.expenses')}
      </Text>
      <Table withTableBorder aria-label={t('campaigns.fields.expenses')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.expenseItem')}</Table.Th>
            <Table.Th>{t('campaigns.expenseDate')}</Table.Th>
            <Table.Th ta="right">{t('campaigns.expenseAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.expenses.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>{e.item}</Table.Td>
              <Table.Td>{e.date ? formatDateVi(e.date) : ''}</Table.Td>
              <Table.Td ta="right">{money(e.amount)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={600} colSpan={2}>
              {t('campaigns.totalExpenses')}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {formatVnd(c.totalExpenses)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {c.keyMap.length ? (
        <Text size="sm" mt="md">
          {t('campaigns.fields.keyMap')}:{' '}
          {c.keyMap.map((k) => `${k.key} → ${t(`campaigns.memberStatus.${k.status}`)}`).join(', ')}
        </Text>
      ) : null}
      <Text size="sm" mt="md" c="dimmed">
        {t('campaigns.publicLink')}: {`${window.location.origin}/register/${c.code}`}
      </Text>
    </Paper>
  );
}
