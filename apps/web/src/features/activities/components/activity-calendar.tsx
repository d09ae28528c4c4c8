import { ActionIcon, Anchor, Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { addDays, vietnamDay, vietnamDayStart } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityFilter } from '../../../gql/graphql';
import { useActivities } from '../api/activities';

export interface ActivityCalendarProps {
  filter: ActivityFilter;
}

const MAX_PER_DAY = 4;

/** First day (Monday) of the 6-week grid that shows `month` (`YYYY-MM`). */
function gridStart(month: string): string {
  const first = `${month}-01`;
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(first, -weekday);
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** ACT-07 calendar view: the month's activities by due date (Vietnamese days). */
export function ActivityCalendar({ filter }: ActivityCalendarProps) {
  const { t } = useTranslation();
  const today = vietnamDay(new Date());
  const [month, setMonth] = useState(today.slice(0, 7));
  const start = gridStart(month);
  const days = Array.from({ length: 42 }, (_, i) => addDays(start, i));
  const { data, previousData } = useActivities({
    filter: {
      ...filter,
      dueFrom: vietnamDayStart(start).toISOString(),
      dueTo: vietnamDayStart(addDays(start, 42)).toISOString(),
    },
    orderBy: [{ field: 'DUE_AT', direction: 'ASC' }],
    first: 200,
  });
  const nodes = (data ?? previousData)?.activities.nodes ?? [];
  const byDay = new Map<string, typeof nodes>();
  for (const a of nodes) {
    const day = vietnamDay(new Date(a.dueAt!));
    byDay.set(day, [...(byDay.get(day) ?? []), a]);
  }
  const weekdays = t('activities.calendar.weekdays', { returnObjects: true }) as string[];
  const [y, m] = month.split('-');

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <ActionIcon
          variant="default"
          aria-label={t('activities.calendar.previous')}
          onClick={() => setMonth(shiftMonth(month, -1))}
        >
          ‹
        </ActionIcon>
        <Text fw={600} miw={90} ta="center">
          {m}/{y}
        </Text>
        <ActionIcon
          variant="default"
          aria-label={t('activities.calendar.next')}
          onClick={() => setMonth(shiftMonth(month, 1))}
        >
          ›
        </ActionIcon>
        <Anchor component="button" size="sm" onClick={() => setMonth(today.slice(0, 7))}>
          {t('activities.calendar.today')}
        </Anchor>
      </Group>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {weekdays.map((w) => (
          <Text key={w} size="xs" fw={600} c="dimmed" ta="center">
            {w}
          </Text>
        ))}
        {days.map((day) => {
          const items = byDay.get(day) ?? [];
          const inMonth = day.startsWith(month);
          return (
            <Paper
              key={day}
              withBorder
              p={4}
              mih={92}
              bg={day === today ? 'teal.0' : undefined}
              opacity={inMonth ? 1 : 0.55}
              aria-label={day.split('-').reverse().join('/')}
              role="group"
            >
              <Text size="xs" fw={600}>
                {Number(day.slice(8))}
              </Text>
              {items.slice(0, MAX_PER_DAY).map((a) => (
                <Box key={a.id}>
                  <Anchor component={Link} to={`/activities/${a.id}`} size="xs" lineClamp={1}>
                    {a.name}
                  </Anchor>
                </Box>
              ))}
              {items.length > MAX_PER_DAY ? (
                <Text size="xs" c="dimmed">
                  {t('activities.calendar.more', { count: items.length - MAX_PER_DAY })}
                </Text>
              ) : null}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
