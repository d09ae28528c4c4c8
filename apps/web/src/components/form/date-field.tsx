import { DateInput, type DateInputProps } from './date-input';
import { useFieldProps, type FieldBase, type InputPropsOf } from './use-field-props';

export interface DateFieldProps extends InputPropsOf<DateInputProps>, FieldBase {}

export function DateField({ name, required, ...props }: DateFieldProps) {
  const field = useFieldProps(name, required);
  return (
    <DateInput
      {...props}
      {...field}
      value={field.value as string | null | undefined}
      onChange={(value) => field.onChange(value)}
    />
  );
}
