import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { VatRate } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductOptions } from '../api/product-options';

export interface PickedProduct {
  id: string;
  code: string;
  name: string;
  unit: string;
  price?: string | null;
  vatRate: VatRate;
}

export interface ProductPickerProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'
> {
  value: string | null;
  onPick: (product: PickedProduct | null) => void;
  /** "Thêm mới hàng hóa": the text typed so far becomes the new product's name. */
  onCreate: (typed: string) => void;
}

const NEW = '__new__';

/** A product in business, searched on the server as the user types, or a new one added inline. */
export function ProductPicker({ value, onPick, onCreate, ...props }: ProductPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [known, setKnown] = useState<PickedProduct | null>(null);
  const labelOf = (p: { code: string; name: string }) => `${p.code} — ${p.name}`;
  const [debounced] = useDebouncedValue(known && search === labelOf(known) ? '' : search.trim(), 250);
  const { data, loading } = useProductOptions(debounced);
  const products = data?.products.nodes ?? [];
  const options = products.map((p) => ({ value: p.id, label: labelOf(p) }));
  if (known && value === known.id && !options.some((o) => o.value === known.id)) {
    options.unshift({ value: known.id, label: labelOf(known) });
  }
  options.push({ value: NEW, label: t('sales.lines.newProduct') });

  return (
    <Select
      placeholder={t('sales.lines.productPlaceholder')}
      nothingFoundMessage={loading ? t('app.loading') : t('sales.lines.noProduct')}
      clearable
      size="xs"
      {...props}
      searchable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The server matched the text, diacritics folded; the inline "add" option always shows.
      filter={({ options: all }) => all}
      onChange={(id) => {
        if (id === NEW) {
          onCreate(known && search === labelOf(known) ? '' : search.trim());
          return;
        }
        const p = products.find((x) => x.id === id) ?? (known?.id === id ? known : null);
        setKnown(p ?? null);
        onPick(p ?? null);
      }}
    />
  );
}
