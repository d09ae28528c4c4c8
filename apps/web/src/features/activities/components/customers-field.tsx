import { ActionIcon, Badge, Button, Group, MultiSelect, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { CreateCustomerData } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldProps } from '../../../components/form';
import { useActivityCustomerOptions } from '../api/activity-customer-options';
import { NewCustomerDialog } from './new-customer-dialog';

export interface CustomersFieldProps {
  name: string;
  /** Labels of customers already linked (edit form). */
  initial: { id: string; code: string; name: string }[];
  /** Customers to create with the activity; absent on the edit form. */
  newCustomers?: CreateCustomerData[];
  onNewCustomersChange?: (customers: CreateCustomerData[]) => void;
}

const labelOf = (c: { code: string; name: string }) => `${c.name} (${c.code})`;

/** ACT-02: several customers, searched on the server as the user types, or new ones ("Thêm mới"). */
export function CustomersField({ name, initial, newCustomers, onNewCustomersChange }: CustomersFieldProps) {
  const { t } = useTranslation();
  const { value, onChange, onBlur, error } = useFieldProps(name, undefined);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [adding, setAdding] = useState(false);
  const [labels, setLabels] = useState(() => new Map(initial.map((c) => [c.id, labelOf(c)])));
  const { data, loading } = useActivityCustomerOptions(debounced);
  const selected = (value as string[] | undefined) ?? [];

  const options = new Map(labels);
  for (const c of data?.customers.nodes ?? []) {
    options.set(c.id, labelOf(c));
  }

  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <MultiSelect
          label={t('activities.fields.customers')}
          placeholder={t('activities.customerPlaceholder')}
          nothingFoundMessage={loading ? t('app.loading') : t('activities.noCustomer')}
          searchable
          clearable
          data={[...options].map(([id, label]) => ({ value: id, label }))}
          value={selected}
          onChange={(ids) => {
            setLabels((prev) => {
              const next = new Map(prev);
              for (const id of ids) {
                next.set(id, options.get(id) ?? id);
              }
              return next;
            });
            onChange(ids);
          }}
          onBlur={onBlur}
          searchValue={search}
          onSearchChange={setSearch}
          // The server already matched the text, diacritics folded; Mantine must not filter again.
          filter={({ options: all }) => all}
          error={error}
          style={{ flex: 1 }}
        />
        {onNewCustomersChange ? (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('common.add')}
          </Button>
        ) : null}
      </Group>
      {newCustomers?.length ? (
        <Group gap={6}>
          {newCustomers.map((c, i) => (
            <Badge
              key={`${c.name}-${i}`}
              variant="light"
              color="teal"
              tt="none"
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  aria-label={t('activities.removeNewCustomer', { name: c.name })}
                  onClick={() => onNewCustomersChange?.(newCustomers.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              }
            >
              {t('activities.newCustomer')}: {c.name}
            </Badge>
          ))}
        </Group>
      ) : null}
      {adding ? (
        <NewCustomerDialog
          onClose={() => setAdding(false)}
          onAdd={(c) => onNewCustomersChange?.([...(newCustomers ?? []), c])}
        />
      ) : null}
    </Stack>
  );
}
