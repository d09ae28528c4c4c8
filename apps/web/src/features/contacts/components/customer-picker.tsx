import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactCustomer } from '../api/contact-customer';
import { useContactCustomerOptions } from '../api/contact-customer-options';

export interface CustomerPickerProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'
> {
  value: string | null;
  onChange: (customerId: string | null) => void;
}

const labelOf = (c: { code: string; name: string }) => `${c.name} (${c.code})`;

/** Picks one of the caller's customers, searched on the server as the user types. */
export function CustomerPicker({ value, onChange, ...props }: CustomerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const selected = useContactCustomer(value).data?.customer;
  const selectedLabel = selected ? labelOf(selected) : null;
  const [debounced] = useDebouncedValue(search.trim() === selectedLabel ? '' : search.trim(), 250);
  const { data, loading } = useContactCustomerOptions(debounced);

  const options = (data?.customers.nodes ?? []).map((c) => ({ value: c.id, label: labelOf(c) }));
  if (selected && !options.some((o) => o.value === selected.id)) {
    options.unshift({ value: selected.id, label: labelOf(selected) });
  }

  return (
    <Select
      placeholder={t('contacts.customerPlaceholder')}
      nothingFoundMessage={loading ? t('app.loading') : t('contacts.noCustomer')}
      clearable
      {...props}
      searchable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the text, diacritics folded; Mantine must not filter again.
      filter={({ options: all }) => all}
    />
  );
}
