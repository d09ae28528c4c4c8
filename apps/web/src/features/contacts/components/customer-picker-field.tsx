import { useController } from 'react-hook-form';
import { useFieldError } from '../../../components/form';
import { CustomerPicker } from './customer-picker';

export interface CustomerPickerFieldProps {
  name: string;
  label: string;
  required?: boolean;
}

export function CustomerPickerField({ name, label, required }: CustomerPickerFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <CustomerPicker
      ref={ref}
      name={name}
      label={label}
      value={(value as string | null | undefined) ?? null}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}
