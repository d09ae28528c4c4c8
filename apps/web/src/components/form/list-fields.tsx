import {
  MultiSelect,
  Textarea,
  TagsInput,
  type MultiSelectProps,
  type TagsInputProps,
  type TextareaProps,
} from '@mantine/core';
import { useController } from 'react-hook-form';
import { useFieldError } from './use-field-error';

interface FieldBase {
  name: string;
  label: string;
  required?: boolean;
}

export interface MultiSelectFieldProps
  extends
    FieldBase,
    Omit<MultiSelectProps, 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'> {}

export function MultiSelectField({ name, required, ...props }: MultiSelectFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <MultiSelect
      {...props}
      ref={ref}
      name={name}
      value={(value as string[] | undefined) ?? []}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}

export interface TagsFieldProps
  extends
    FieldBase,
    Omit<TagsInputProps, 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'> {}

/** Free labels (CUS-05): typed, or picked from those in use. */
export function TagsField({ name, required, ...props }: TagsFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return (
    <TagsInput
      {...props}
      ref={ref}
      name={name}
      value={(value as string[] | undefined) ?? []}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      withAsterisk={required}
      aria-required={required || undefined}
    />
  );
}

export interface TextareaFieldProps
  extends
    FieldBase,
    Omit<TextareaProps, 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'> {}

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
