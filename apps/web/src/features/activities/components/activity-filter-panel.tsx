import { Button, Group, MultiSelect, Paper, Select, SimpleGrid } from '@mantine/core';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, vietnamDayStart, addDays } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/form';
import type { ActivityFilter, ActivityStatus, ActivityType } from '../../../gql/graphql';
import { useActivityCustomerOptions } from '../api/activity-customer-options';
import { useUserOptions } from '../../../lib/user-options';

export interface ActivityPanelFilter {
  types: ActivityType[];
  statuses: ActivityStatus[];
  assigneeIds: string[];
  customerId: string | null;
  dueFrom: string | null;
  dueTo: string | null;
}

export const EMPTY_ACTIVITY_PANEL: ActivityPanelFilter = {
  types: [],
  statuses: [],
  assigneeIds: [],
  customerId: null,
  dueFrom: null,
  dueTo: null,
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The panel as the API's filter; dates are whole Vietnamese days (the "to" day included). */
export function toActivityFilter(p: ActivityPanelFilter): ActivityFilter {
  return {
    types: p.types.length ? p.types : null,
    statuses: p.statuses.length ? p.statuses : null,
    assigneeIds: p.assigneeIds.length ? p.assigneeIds : null,
    customerId: p.customerId,
    dueFrom: p.dueFrom && ISO.test(p.dueFrom) ? vietnamDayStart(p.dueFrom).toISOString() : null,
    dueTo: p.dueTo && ISO.test(p.dueTo) ? vietnamDayStart(addDays(p.dueTo, 1)).toISOString() : null,
  };
}

export function activityCriteria(p: ActivityPanelFilter): number {
  return (
    Number(p.types.length > 0) +
    Number(p.statuses.length > 0) +
    Number(p.assigneeIds.length > 0) +
    Number(Boolean(p.customerId)) +
    Number(Boolean(p.dueFrom || p.dueTo))
  );
}

export interface ActivityFilterPanelProps {
  value: ActivityPanelFilter;
  onApply: (value: ActivityPanelFilter) => void;
}

/** ACT-07 filters: type, status, assignee, customer, due-date range. */
export function ActivityFilterPanel({ value, onApply }: ActivityFilterPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const users = useUserOptions().options;
  const [customerSearch, setCustomerSearch] = useState('');
  const customers = useActivityCustomerOptions(customerSearch.trim());
  const set = (patch: Partial<ActivityPanelFilter>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        <MultiSelect
          label={t('activities.fields.type')}
          data={ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`activities.types.${v}`) }))}
          value={draft.types}
          onChange={(v) => set({ types: v as ActivityType[] })}
        />
        <MultiSelect
          label={t('activities.fields.status')}
          data={ACTIVITY_STATUSES.map((v) => ({ value: v, label: t(`activities.statuses.${v}`) }))}
          value={draft.statuses}
          onChange={(v) => set({ statuses: v as ActivityStatus[] })}
        />
        <MultiSelect
          label={t('activities.fields.assignee')}
          data={users}
          searchable
          value={draft.assigneeIds}
          onChange={(v) => set({ assigneeIds: v })}
        />
        <Select
          label={t('activities.fields.customers')}
          placeholder={t('activities.customerPlaceholder')}
          searchable
          clearable
          data={(customers.data?.customers.nodes ?? []).map((c) => ({
            value: c.id,
            label: `${c.name} (${c.code})`,
          }))}
          searchValue={customerSearch}
          onSearchChange={setCustomerSearch}
          filter={({ options }) => options}
          value={draft.customerId}
          onChange={(v) => set({ customerId: v })}
        />
        <DateInput
          label={t('activities.fields.dueFrom')}
          value={draft.dueFrom}
          onChange={(v) => set({ dueFrom: v })}
        />
        <DateInput
          label={t('activities.fields.dueTo')}
          value={draft.dueTo}
          onChange={(v) => set({ dueTo: v })}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button onClick={() => onApply(draft)}>{t('common.search')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft(EMPTY_ACTIVITY_PANEL);
            onApply(EMPTY_ACTIVITY_PANEL);
          }}
        >
          {t('activities.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
