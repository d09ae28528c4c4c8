import { Select, type SelectProps } from '@mantine/core';
import { useFieldProps, type FieldBase, type InputPropsOf } from './use-field-props';

export interface SelectFieldProps extends InputPropsOf<SelectProps>, FieldBase {}

export function SelectField({ name, required, ...props }: SelectFieldProps) {
  const field = useFieldProps(name, required);
  return (
    <Select
      clearable={!required}
      allowDeselect={!required}
      {...props}
      {...field}
      value={(field.value as string | null | undefined) ?? null}
      onChange={(value) => field.onChange(value)}
    />
  );
}
