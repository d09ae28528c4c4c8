import { Button, Checkbox, Group, MultiSelect, Paper, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../form';

/** A half-typed date filters nothing yet. */
const isoOrNull = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

export interface DateRangeFilterProps {
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
  /** "Từ ngày" / "Đến ngày" unless the list names its date ("Ngày ký từ"). */
  fromLabel?: string;
  toLabel?: string;
}

/** Two days bounding a list's date, both inclusive. */
export function DateRangeFilter({ from, to, onChange, fromLabel, toLabel }: DateRangeFilterProps) {
  const { t } = useTranslation();
  return (
    <>
      <DateInput
        label={fromLabel ?? t('table.dateFrom')}
        value={from}
        onChange={(v) => onChange({ from: isoOrNull(v), to })}
      />
      <DateInput
        label={toLabel ?? t('table.dateTo')}
        value={to}
        onChange={(v) => onChange({ from, to: isoOrNull(v) })}
      />
    </>
  );
}

export interface ChoiceFilterProps<V extends string> {
  label: string;
  options: readonly V[];
  optionLabel: (value: V) => string;
  value: V[];
  onChange: (value: V[]) => void;
  width?: number;
}

/** Some of a fixed set (statuses, kinds): none chosen filters nothing. */
export function ChoiceFilter<V extends string>({
  label,
  options,
  optionLabel,
  value,
  onChange,
  width = 260,
}: ChoiceFilterProps<V>) {
  return (
    <MultiSelect
      label={label}
      data={options.map((v) => ({ value: v, label: optionLabel(v) }))}
      value={value}
      onChange={(next) => onChange(next as V[])}
      w={width}
    />
  );
}

export interface FlagFilterProps {
  label: string;
  value: boolean;
  onChange: (value: boolean) => void;
}

/** A yes-only criterion ("Chỉ khách hàng quá hạn"): unticked filters nothing. */
export function FlagFilter({ label, value, onChange }: FlagFilterProps) {
  return (
    <Checkbox label={label} checked={value} onChange={(e) => onChange(e.currentTarget.checked)} mb={8} />
  );
}

export interface FilterPanelFormProps {
  /** The form's accessible name. */
  label: string;
  /** The button that empties the panel and shows the whole list again. */
  clearLabel: string;
  onSubmit: () => void;
  onClear: () => void;
  children: ReactNode;
}

/** A list's filter panel: its criteria in a grid, then "Tìm kiếm" and the button that clears them. */
export function FilterPanelForm({ label, clearLabel, onSubmit, onClear, children }: FilterPanelFormProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <form
        aria-label={label}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          {children}
        </SimpleGrid>
        <Group gap="sm" mt="md">
          <Button type="submit">{t('common.search')}</Button>
          <Button variant="default" onClick={onClear}>
            {clearLabel}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
