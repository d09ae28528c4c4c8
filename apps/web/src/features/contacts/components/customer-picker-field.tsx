import { useFieldProps } from '../../../components/form';
import { CustomerPicker } from './customer-picker';

export interface CustomerPickerFieldProps {
  name: string;
  label: string;
  required?: boolean;
}

export function CustomerPickerField({ name, label, required }: CustomerPickerFieldProps) {
  const field = useFieldProps(name, required);
  return (
    <CustomerPicker {...field} label={label} value={(field.value as string | null | undefined) ?? null} />
  );
}
