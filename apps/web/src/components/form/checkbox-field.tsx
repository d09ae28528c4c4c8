import { Checkbox, type CheckboxProps } from '@mantine/core';
import { useController } from 'react-hook-form';
import { useFieldError } from './use-field-error';

export interface CheckboxFieldProps extends Omit<
  CheckboxProps,
  'name' | 'checked' | 'defaultChecked' | 'onChange' | 'error'
> {
  name: string;
  label: string;
}

export function CheckboxField({ name, ...props }: CheckboxFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <Checkbox
      {...props}
      ref={ref}
      name={name}
      checked={Boolean(value)}
      onChange={(event) => onChange(event.currentTarget.checked)}
      onBlur={onBlur}
      error={error}
    />
  );
}
