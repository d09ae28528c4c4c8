import { useUserOptions } from '../../lib/user-options';
import { SelectField } from './select-field';

export interface OwnerFieldProps {
  label: string;
  name?: string;
  required?: boolean;
}

/** Who a record belongs to, among the active users; shown only to those who may hand it on. */
export function OwnerField({ label, name = 'ownerId', required }: OwnerFieldProps) {
  const { options } = useUserOptions();
  return <SelectField name={name} label={label} required={required} data={options} />;
}
