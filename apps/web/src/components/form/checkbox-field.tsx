import { Checkbox, type CheckboxProps } from '@mantine/core';
import { useFieldProps } from './use-field-props';

export interface CheckboxFieldProps extends Omit<
  CheckboxProps,
  'name' | 'checked' | 'defaultChecked' | 'onChange' | 'error'
> {
  name: string;
  label: string;
}

export function CheckboxField({ name, ...props }: CheckboxFieldProps) {
  const { ref, value, onChange, onBlur, error } = useFieldProps(name, undefined);
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
