import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { PasswordStrength } from './password-strength';
import type { EmptyAs } from './empty-value';
import { useTextField, type FieldBase, type InputPropsOf } from './use-field-props';

export interface PasswordFieldProps extends InputPropsOf<PasswordInputProps>, FieldBase {
  /** An optional password left empty is not sent: `undefined` by default. */
  empty?: EmptyAs;
  /** A new password: shows its strength under the field as the user types. */
  strength?: boolean;
}

export function PasswordField({ name, required, empty, strength, ...props }: PasswordFieldProps) {
  const field = useTextField(name, required, required ? 'string' : (empty ?? 'undefined'));
  const input = <PasswordInput {...props} {...field} />;
  if (!strength) {
    return input;
  }
  return (
    <div>
      {input}
      <PasswordStrength password={field.value} />
    </div>
  );
}
