import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../../components/form';
import { useCareCustomer, useCareCustomerOptions } from '../api/customer-picker';

const labelOf = (c: { code: string; name: string }) => `${c.name} (${c.code})`;

/** One of the caller's customers, searched on the server as the user types. */
export function CustomerPickerField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  const [search, setSearch] = useState('');
  const selected = useCareCustomer((value as string | null) || null).data?.customer;
  const selectedLabel = selected ? labelOf(selected) : null;
  const [debounced] = useDebouncedValue(search.trim() === selectedLabel ? '' : search.trim(), 250);
  const { data, loading } = useCareCustomerOptions(debounced);
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
      data={options}
      value={(value as string | null) || null}
      onChange={(id) => onChange(id ?? '')}
      onBlur={onBlur}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
      withAsterisk
      aria-required
    />
  );
}
