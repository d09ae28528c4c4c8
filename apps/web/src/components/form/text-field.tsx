import { TextInput, type TextInputProps } from '@mantine/core';
import { useController } from 'react-hook-form';
import { emptyTo, type EmptyAs } from './empty-value';
import { useFieldError } from './use-field-error';

export interface TextFieldProps extends Omit<
  TextInputProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'
> {
  name: string;
  label: string;
  /** Shows `*`; the schema decides what is actually required. */
  required?: boolean;
  empty?: EmptyAs;
}

export function TextField({ name, required, empty, ...props }: TextFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <TextInput
      {...props}
      ref={ref}
      name={name}
      value={(value as string | null | undefined) ?? ''}
      onChange={(event) =>
        onChange(emptyTo(event.currentTarget.value, required ? 'string' : (empty ?? 'null')))
      }
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}
