import { NumberInput } from '@mantine/core';
import { useFieldProps } from '../../../components/form';

export interface NumberFieldProps {
  name: string;
  label: string;
  min?: number;
  max?: number;
}

/** A whole number (days, digits, a port); empty → null. */
export function NumberField({ name, label, min, max }: NumberFieldProps) {
  const { ref, value, onChange, onBlur, error } = useFieldProps(name, undefined);
  return (
    <NumberInput
      ref={ref}
      name={name}
      label={label}
      min={min}
      max={max}
      allowDecimal={false}
      value={(value as number | null | undefined) ?? ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))}
      onBlur={onBlur}
      error={error}
    />
  );
}
