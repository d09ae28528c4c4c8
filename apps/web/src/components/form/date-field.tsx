import { useController } from 'react-hook-form';
import { DateInput, type DateInputProps } from './date-input';
import { useFieldError } from './use-field-error';

export interface DateFieldProps extends Omit<
  DateInputProps,
  'name' | 'value' | 'onChange' | 'error' | 'required'
> {
  name: string;
  label: string;
  required?: boolean;
}

export function DateField({ name, required, ...props }: DateFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <DateInput
      {...props}
      ref={ref}
      name={name}
      value={value as string | null | undefined}
      onChange={(value) => onChange(value)}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}
