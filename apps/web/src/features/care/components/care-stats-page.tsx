import { Button, Group, Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DateInput } from '../../../components/form';
import { ErrorAlert, Page } from '../../../components/page';
import type { CareCardFilter } from '../../../gql/graphql';
import { useCareCardStats, useCareOptions } from '../api/care-cards';
import { EMPTY_PANEL, isDate, panelToParams } from './care-filter';
import { useUserOptions } from '../../../lib/user-options';

const FIELD_PARAM: Record<string, 'channels' | 'satisfactions'> = {
  channel: 'channels',
  satisfaction: 'satisfactions',
};

/** Thống kê nhanh (CARE-04): unit, owner, care-date range → "Lấy dữ liệu" → a chart per care field. */
export function CareStatsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useCareOptions().data;
  const users = useUserOptions({ activeOnly: false }).options;
  const [unitId, setUnitId] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [careFrom, setCareFrom] = useState<string | null>(null);
  const [careTo, setCareTo] = useState<string | null>(null);
  const [applied, setApplied] = useState<CareCardFilter | null>(null);
  const { data, loading, error, refetch } = useCareCardStats(applied);

  const openList = (field: string, value: string | null) => {
    const key = FIELD_PARAM[field];
    const params = panelToParams({
      ...EMPTY_PANEL,
      unitIds: (applied?.unitIds ?? []).map(String),
      ownerIds: (applied?.ownerIds ?? []).map(String),
      careFrom: applied?.careFrom ?? null,
      careTo: applied?.careTo ?? null,
      [key]: [value ?? ''],
    });
    void navigate(`/care-cards?${params.toString()}`);
  };

  return (
    <Page title={t('care.stats.title')} subtitle={t('care.stats.subtitle')}>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('care.fields.unit')}
          data={(options?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={unitId}
          onChange={setUnitId}
          clearable
          w={220}
        />
        <Select
          label={t('care.fields.owner')}
          data={users}
          value={ownerId}
          onChange={setOwnerId}
          clearable
          searchable
          w={220}
        />
        <DateInput label={t('care.careFrom')} value={careFrom} onChange={setCareFrom} w={160} />
        <DateInput label={t('care.careTo')} value={careTo} onChange={setCareTo} w={160} />
        <Button
          loading={loading}
          onClick={() =>
            setApplied({
              unitIds: unitId ? [unitId] : undefined,
              ownerIds: ownerId ? [ownerId] : undefined,
              careFrom: isDate(careFrom) ? (careFrom ?? undefined) : undefined,
              careTo: isDate(careTo) ? (careTo ?? undefined) : undefined,
            })
          }
        >
          {t('care.stats.fetch')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {data.careCardStats.map((stat) => {
            const title = t(`care.fields.${stat.field as 'channel' | 'satisfaction'}`);
            const rows = stat.buckets.map((b) => ({
              name: b.value ?? t('care.none'),
              value: b.value,
              count: b.count,
            }));
            return (
              <Paper key={stat.field} withBorder p="md" role="figure" aria-label={title}>
                <Text fw={600} mb="xs">
                  {title} ({rows.reduce((s, r) => s + r.count, 0)})
                </Text>
                <ResponsiveContainer width="100%" height={260}>
                  <BarChart data={rows}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="name" fontSize={12} />
                    <YAxis allowDecimals={false} fontSize={12} />
                    <Tooltip />
                    <Bar
                      dataKey="count"
                      name={t('care.stats.count')}
                      fill="#228be6"
                      cursor="pointer"
                      onClick={(_, index) => openList(stat.field, rows[index]?.value ?? null)}
                    />
                  </BarChart>
                </ResponsiveContainer>
                <Group gap="xs" mt="xs">
                  {rows.map((r) => (
                    <Button
                      key={r.name}
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => openList(stat.field, r.value)}
                      aria-label={`${title}: ${r.name} (${r.count})`}
                    >
                      {r.name}: {r.count}
                    </Button>
                  ))}
                </Group>
              </Paper>
            );
          })}
        </SimpleGrid>
      ) : null}
    </Page>
  );
}
