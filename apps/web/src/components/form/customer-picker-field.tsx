import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerOption, useCustomerOptions } from '../../lib/customer-options';
import { useFieldProps } from './use-field-props';

export interface CustomerPickerFieldProps {
  name: string;
  label: string;
  required?: boolean;
  /** Called with the new customer (a sales form's contacts and opportunities then follow it). */
  onPicked?: (customerId: string | null) => void;
  /** What a cleared pick stores: `null`, or `''` where the schema holds the id as a string. */
  clearTo?: '' | null;
}

const labelOf = (c: { code: string; name: string }) => `${c.name} (${c.code})`;

/** One of the caller's customers, searched on the server as the user types. */
export function CustomerPickerField({
  name,
  label,
  required,
  onPicked,
  clearTo = null,
}: CustomerPickerFieldProps) {
  const { t } = useTranslation();
  const { ref, value, onChange, onBlur, error } = useFieldProps(name, required);
  const [search, setSearch] = useState('');
  const picked = (value as string | null) || null;
  const selected = useCustomerOption(picked).data?.customer;
  const selectedLabel = selected ? labelOf(selected) : null;
  const [debounced] = useDebouncedValue(search.trim() === selectedLabel ? '' : search.trim(), 250);
  const { data, loading } = useCustomerOptions(debounced);
  const options = (data?.customers.nodes ?? []).map((c) => ({ value: c.id, label: labelOf(c) }));
  if (selected && !options.some((o) => o.value === selected.id)) {
    options.unshift({ value: selected.id, label: labelOf(selected) });
  }
  return (
    <Select
      ref={ref}
      name={name}
      label={label}
      placeholder={t('sales.fields.customerPlaceholder')}
      nothingFoundMessage={loading ? t('app.loading') : t('sales.fields.noCustomer')}
      searchable
      clearable={!required}
      data={options}
      value={picked}
      onChange={(id) => {
        onChange(id ?? clearTo);
        onPicked?.(id);
      }}
      onBlur={onBlur}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}
