import { Textarea, type TextareaProps } from '@mantine/core';
import { useController } from 'react-hook-form';
import { useFieldError } from '../../../components/form';

export interface TextareaFieldProps extends Omit<
  TextareaProps,
  'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'
> {
  name: string;
  label: string;
  required?: boolean;
}

export function TextareaField({ name, required, ...props }: TextareaFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <Textarea
      autosize
      minRows={3}
      {...props}
      ref={ref}
      name={name}
      value={(value as string | null | undefined) ?? ''}
      onChange={(event) => onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}
