import { Select, type SelectProps } from '@mantine/core';
import { useController } from 'react-hook-form';
import { useFieldError } from './use-field-error';

export interface SelectFieldProps extends Omit<
  SelectProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'
> {
  name: string;
  label: string;
  required?: boolean;
}

export function SelectField({ name, required, ...props }: SelectFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <Select
      clearable={!required}
      allowDeselect={!required}
      {...props}
      ref={ref}
      name={name}
      value={(value as string | null | undefined) ?? null}
      onChange={(value) => onChange(value)}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}
