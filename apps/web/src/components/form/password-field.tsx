import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useController } from 'react-hook-form';
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
}

export function PasswordField({ name, required, empty, ...props }: PasswordFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
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
}
