import { MultiSelect, Select, TextInput } from '@mantine/core';
import { CUSTOMER_FIELDS, entries, type FieldSpec } from '@sen/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanelForm } from '../../../components/list-page';
import { DateInput } from '../../../components/form';
import type { CategoryKind } from '../../../gql/graphql';
import { useCustomerCategories } from '../api/customer-categories';
import { useCustomerGroups } from '../api/customer-groups';
import { useCustomerLabels } from '../api/customer-labels';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { EMPTY_PANEL, type CustomerPanelFilter } from '../hooks/customer-filter';
import { useFieldLabel } from '../hooks/use-field-label';
import { foldedOptions } from './customer-form-fields';

export interface CustomerFilterPanelProps {
  value: CustomerPanelFilter;
  onApply: (value: CustomerPanelFilter) => void;
}

type Options = { value: string; label: string }[];

/** The values a "several of" criterion offers: users, groups, labels in use, a category, or the declared choices. */
function useOptions(): (f: FieldSpec) => Options {
  const users = useCustomerUserOptions().options;
  const groups = useCustomerGroups().data?.customerGroups ?? [];
  const labels = useCustomerLabels().data?.customerLabels ?? [];
  const categories = {
    INDUSTRY: useCustomerCategories('INDUSTRY').data?.categories ?? [],
    SCALE: useCustomerCategories('SCALE').data?.categories ?? [],
    SOURCE: useCustomerCategories('SOURCE').data?.categories ?? [],
  } satisfies Partial<Record<CategoryKind, unknown>>;
  return (f) => {
    switch (f.kind) {
      case 'user':
        return users;
      case 'categories':
        return groups.map((g) => ({ value: g.id, label: g.name }));
      case 'tags':
        return labels.map((l) => ({ value: l, label: l }));
      case 'category':
        return (f.category && f.category !== 'CUSTOMER_GROUP' ? categories[f.category] : []).map((c) => ({
          value: c.id,
          label: c.name,
        }));
      default:
        return (f.choices ?? []).map((c) => ({ value: c, label: c }));
    }
  };
}

/** Filled, then run with "Tìm kiếm" or Enter (as the seeds' filter screens); one input per declared filter. */
export function CustomerFilterPanel({ value, onApply }: CustomerFilterPanelProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [draft, setDraft] = useState(value);
  const optionsOf = useOptions();
  const set = (key: string, next: string | string[] | null) => setDraft((d) => ({ ...d, [key]: next }));
  const text = (key: string) => (draft[key] as string | null) ?? '';
  const list = (key: string) => (draft[key] as string[] | undefined) ?? [];

  const inputs = entries(CUSTOMER_FIELDS).flatMap(([key, f]): ReactNode[] => {
    const filter = f.filter;
    switch (filter?.mode) {
      case 'text':
        return [
          <TextInput
            key={key}
            label={label(f.label)}
            value={text(key)}
            onChange={(event) => set(key, event.currentTarget.value)}
          />,
        ];
      case 'equals':
        return [
          <Select
            key={key}
            label={label(f.label)}
            placeholder={t('common.all')}
            data={Object.entries(f.options ?? {}).map(([code, o]) => ({ value: code, label: label(o) }))}
            value={(draft[key] as string | null) ?? null}
            onChange={(next) => set(key, next)}
            clearable
          />,
        ];
      case 'in':
        return [
          <MultiSelect
            key={key}
            label={label(f.label)}
            data={optionsOf(f)}
            value={list(filter.key)}
            onChange={(next) => set(filter.key, next)}
            placeholder={list(filter.key).length ? undefined : t('common.all')}
            filter={foldedOptions}
            searchable
            clearable
          />,
        ];
      case 'dateRange':
        return (
          [
            [filter.from, filter.labels.from],
            [filter.to, filter.labels.to],
          ] as const
        ).map(([name, day]) => (
          <DateInput
            key={name}
            label={label(day)}
            value={(draft[name] as string | null) ?? null}
            onChange={(next) => set(name, next)}
          />
        ));
      case undefined:
        return [];
    }
  });

  return (
    <FilterPanelForm
      label={t('customers.filterPanel')}
      clearLabel={t('customers.clearFilters')}
      onSubmit={() => onApply(draft)}
      onClear={() => {
        setDraft(EMPTY_PANEL);
        onApply(EMPTY_PANEL);
      }}
    >
      {inputs}
    </FilterPanelForm>
  );
}
