import { Anchor, Badge, Button, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { formatDateTimeVi } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCursorPagination } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/page';
import type { CustomerActivitiesQuery } from '../../../gql/graphql';
import { useCustomerActivities } from '../api/customer-activities';

type Row = CustomerActivitiesQuery['activities']['nodes'][number];

export interface CustomerActivitiesTabProps {
  customerId: string;
}

function ActivityCard({ activity, back }: { activity: Row; back: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Anchor component={Link} to={`/activities/${activity.id}?back=${back}`} fw={500}>
            {activity.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t(`activities.types.${activity.type}`)} · {t(`activities.statuses.${activity.status}`)} ·{' '}
            {activity.assignee.name}
            {activity.dueAt ? ` · ${t('activities.fields.dueAt')}: ${formatDateTimeVi(activity.dueAt)}` : ''}
          </Text>
        </div>
        <Button size="compact-sm" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('activities.customerTab.hideHistory') : t('activities.customerTab.showHistory')}
        </Button>
      </Group>
      {open ? (
        <Timeline mt="sm" bulletSize={12} lineWidth={2} aria-label={t('activities.history.title')}>
          {[...activity.history].reverse().map((h) => (
            <Timeline.Item
              key={h.id}
              title={
                <Group gap={6}>
                  {h.kinds.map((k) => (
                    <Badge key={k} size="xs" variant="light">
                      {t(`activities.history.kinds.${k}`)}
                    </Badge>
                  ))}
                  <Text size="xs">{h.user?.name ?? ''}</Text>
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTimeVi(h.at)} · {h.description}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      ) : null}
    </Paper>
  );
}

/** CUS-10 activities tab: the customer's activities and their history; "Thêm giao dịch" presets it. */
export function CustomerActivitiesTab({ customerId }: CustomerActivitiesTabProps) {
  const { t } = useTranslation();
  const paging = useCursorPagination();
  const { data, previousData, error, refetch } = useCustomerActivities(
    customerId,
    paging.first,
    paging.after,
  );
  const connection = (data ?? previousData)?.activities;
  const back = encodeURIComponent(`/customers/${customerId}?tab=activities`);
  const pager = paging.pager(connection?.pageInfo);
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button component={Link} to={`/activities/new?customerId=${customerId}&back=${back}`}>
          {t('activities.customerTab.add')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {connection && connection.nodes.length === 0 ? (
        <Text c="dimmed">{t('activities.customerTab.empty')}</Text>
      ) : null}
      <section aria-label={t('customers.tabs.activities')}>
        <Stack gap="xs">
          {connection?.nodes.map((a) => (
            <ActivityCard key={a.id} activity={a} back={back} />
          ))}
        </Stack>
      </section>
      {pager.hasPreviousPage || pager.hasNextPage ? (
        <Group gap="xs">
          <Button variant="default" disabled={!pager.hasPreviousPage} onClick={pager.onPrevious}>
            {t('table.previous')}
          </Button>
          <Button variant="default" disabled={!pager.hasNextPage} onClick={pager.onNext}>
            {t('table.next')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
