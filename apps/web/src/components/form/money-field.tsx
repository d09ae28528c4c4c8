import { NumberInput, type NumberInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useFieldProps, type FieldBase, type InputPropsOf } from './use-field-props';

/** Below 2^53: the browser's numbers stay exact (a quadrillion đồng is far beyond any line). */
const MAX_MONEY = 999_999_999_999_999;

export interface MoneyInputProps extends Omit<
  NumberInputProps,
  'value' | 'onChange' | 'thousandSeparator' | 'decimalSeparator' | 'allowDecimal' | 'suffix'
> {
  /** Whole đồng as digits (`"45000000"`), or null when empty. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
}

/** Money typed as Vietnamese write it: `45.000.000 ₫` while typing, whole đồng, never negative. */
export const MoneyInput = forwardRef<HTMLInputElement, MoneyInputProps>(function MoneyInput(
  { value, onChange, ...props },
  ref,
) {
  return (
    <NumberInput
      inputMode="numeric"
      hideControls
      {...props}
      ref={ref}
      value={value ?? ''}
      onChange={(v) => {
        const digits = typeof v === 'number' ? String(Math.trunc(v)) : v.replace(/\D/g, '');
        onChange(digits === '' ? null : digits);
      }}
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      max={MAX_MONEY}
      clampBehavior="strict"
      suffix=" ₫"
    />
  );
});

export interface DecimalInputProps extends Omit<
  NumberInputProps,
  'value' | 'onChange' | 'thousandSeparator' | 'decimalSeparator'
> {
  /** A decimal as the API carries it (`"1.5"`), or null. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  /** Decimals allowed (quantities: 4). */
  scale?: number;
}

/** A quantity or percentage with decimals, typed the Vietnamese way (`1,5`). */
export const DecimalInput = forwardRef<HTMLInputElement, DecimalInputProps>(function DecimalInput(
  { value, onChange, scale = 4, ...props },
  ref,
) {
  return (
    <NumberInput
      inputMode="decimal"
      hideControls
      {...props}
      ref={ref}
      value={value ?? ''}
      // A number when complete, the typed text otherwise ("1."): kept as it is while typing.
      onChange={(v) => onChange(v === '' ? null : String(v))}
      thousandSeparator="."
      decimalSeparator=","
      decimalScale={scale}
      allowNegative={false}
    />
  );
});

export interface MoneyFieldProps extends InputPropsOf<MoneyInputProps>, Omit<FieldBase, 'label'> {
  label?: string;
}

/** MoneyInput bound to the surrounding form (react-hook-form). */
export function MoneyField({ name, required, ...props }: MoneyFieldProps) {
  const field = useFieldProps(name, required);
  return <MoneyInput {...props} {...field} value={field.value as string | null} />;
}

export interface DecimalFieldProps extends InputPropsOf<DecimalInputProps>, Omit<FieldBase, 'label'> {
  label?: string;
}

export function DecimalField({ name, required, ...props }: DecimalFieldProps) {
  const field = useFieldProps(name, required);
  return <DecimalInput {...props} {...field} value={field.value as string | null} />;
}
