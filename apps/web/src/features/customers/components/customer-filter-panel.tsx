import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/form';
import type { CategoryKind, CustomerKind } from '../../../gql/graphql';
import { useCustomerCategories } from '../api/customer-categories';
import { useCustomerGroups } from '../api/customer-groups';
import { useCustomerLabels } from '../api/customer-labels';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { EMPTY_PANEL, type CustomerPanelFilter } from '../hooks/customer-filter';

export interface CustomerFilterPanelProps {
  value: CustomerPanelFilter;
  onApply: (value: CustomerPanelFilter) => void;
}

type TextKey = 'code' | 'name' | 'email' | 'phone' | 'taxCode' | 'officeAddress' | 'businessAddress';
const TEXT_FIELDS: TextKey[] = [
  'code',
  'name',
  'email',
  'phone',
  'taxCode',
  'officeAddress',
  'businessAddress',
];

function useCategoryOptions(kind: CategoryKind) {
  const { data } = useCustomerCategories(kind);
  return (data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }));
}

/** Filled, then run with "Tìm kiếm" or Enter (as the seeds' filter screens). */
export function CustomerFilterPanel({ value, onApply }: CustomerFilterPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const users = useCustomerUserOptions().options;
  const groups = (useCustomerGroups().data?.customerGroups ?? []).map((g) => ({
    value: g.id,
    label: g.name,
  }));
  const labels = useCustomerLabels().data?.customerLabels ?? [];
  const industries = useCategoryOptions('INDUSTRY');
  const scales = useCategoryOptions('SCALE');
  const sources = useCategoryOptions('SOURCE');
  const set = (patch: Partial<CustomerPanelFilter>) => setDraft((d) => ({ ...d, ...patch }));

  const multi = (key: 'ownerIds' | 'groupIds' | 'labels' | 'industryIds' | 'scaleIds' | 'sourceIds') => ({
    value: draft[key],
    onChange: (next: string[]) => set({ [key]: next }),
    placeholder: draft[key].length ? undefined : t('common.all'),
    searchable: true,
    clearable: true,
  });

  return (
    <Paper withBorder p="md">
      <form
        aria-label={t('customers.filterPanel')}
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          {TEXT_FIELDS.map((key) => (
            <TextInput
              key={key}
              label={t(`customers.fields.${key}`)}
              value={draft[key]}
              onChange={(event) => set({ [key]: event.currentTarget.value })}
            />
          ))}
          <Select
            label={t('customers.fields.kind')}
            placeholder={t('common.all')}
            data={(['B2B', 'B2C'] as const).map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))}
            value={draft.kind}
            onChange={(kind) => set({ kind: kind as CustomerKind | null })}
            clearable
          />
          <MultiSelect label={t('customers.fields.owner')} data={users} {...multi('ownerIds')} />
          <MultiSelect label={t('customers.fields.groups')} data={groups} {...multi('groupIds')} />
          <MultiSelect label={t('customers.fields.labels')} data={labels} {...multi('labels')} />
          <MultiSelect label={t('customers.fields.industry')} data={industries} {...multi('industryIds')} />
          <MultiSelect label={t('customers.fields.scale')} data={scales} {...multi('scaleIds')} />
          <MultiSelect label={t('customers.fields.source')} data={sources} {...multi('sourceIds')} />
          <DateInput
            label={t('customers.createdFrom')}
            value={draft.createdFrom}
            onChange={(createdFrom) => set({ createdFrom })}
          />
          <DateInput
            label={t('customers.createdTo')}
            value={draft.createdTo}
            onChange={(createdTo) => set({ createdTo })}
          />
        </SimpleGrid>
        <Group gap="sm" mt="md">
          <Button type="submit">{t('common.search')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(EMPTY_PANEL);
              onApply(EMPTY_PANEL);
            }}
          >
            {t('customers.clearFilters')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
