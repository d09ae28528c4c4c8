import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useController } from 'react-hook-form';
import { PasswordStrength } from './password-strength';
import { emptyTo, type EmptyAs } from './empty-value';
import { useFieldError } from './use-field-error';

export interface PasswordFieldProps extends Omit<
  PasswordInputProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'
> {
  name: string;
  label: string;
  required?: boolean;
  /** An optional password left empty is not sent: `undefined` by default. */
  empty?: EmptyAs;
  /** A new password: shows its strength under the field as the user types. */
  strength?: boolean;
}

export function PasswordField({ name, required, empty, strength, ...props }: PasswordFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  const input = (
    <PasswordInput
      {...props}
      ref={ref}
      name={name}
      value={(value as string | null | undefined) ?? ''}
      onChange={(event) =>
        onChange(emptyTo(event.currentTarget.value, required ? 'string' : (empty ?? 'undefined')))
      }
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
  if (!strength) {
    return input;
  }
  return (
    <div>
      {input}
      <PasswordStrength password={(value as string | null | undefined) ?? ''} />
    </div>
  );
}
