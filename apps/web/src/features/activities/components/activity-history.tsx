import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { formatDateTimeVi } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import type { ActivityQuery } from '../../../gql/graphql';
import { formatChange, HISTORY_FIELDS } from './history-format';

type Entry = NonNullable<ActivityQuery['activity']>['history'][number];

export interface ActivityHistoryProps {
  entries: Entry[];
}

/** ACT-05 "Lịch sử cập nhật công việc": who, when, what changed (before → after). */
export function ActivityHistory({ entries }: ActivityHistoryProps) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return <Text c="dimmed">{t('activities.history.empty')}</Text>;
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label={t('activities.history.title')}>
      {[...entries].reverse().map((e) => {
        const changes = (e.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
        return (
          <Timeline.Item
            key={e.id}
            title={
              <Group gap={6}>
                {e.kinds.map((k) => (
                  <Badge key={k} size="sm" variant="light">
                    {t(`activities.history.kinds.${k}`)}
                  </Badge>
                ))}
                <Text size="sm" fw={500}>
                  {e.user?.name ?? ''}
                </Text>
              </Group>
            }
          >
            <Text size="xs" c="dimmed">
              {formatDateTimeVi(e.at)}
            </Text>
            <Stack gap={0}>
              {HISTORY_FIELDS.filter((f) => f in changes).map((f) => (
                <Text key={f} size="sm">
                  {t(`activities.history.fields.${f}`)}:{' '}
                  {formatChange(t, f, changes[f], e.kinds.includes('CREATED'))}
                </Text>
              ))}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
