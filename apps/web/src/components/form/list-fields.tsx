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

/** The controlled props every string-list input takes from react-hook-form. */
function useListField(name: string, required: boolean | undefined) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return {
    ref,
    name,
    value: (value as string[] | undefined) ?? [],
    onChange,
    onBlur,
    error,
    withAsterisk: required,
    'aria-required': required || undefined,
  };
}

export function MultiSelectField({ name, required, ...props }: MultiSelectFieldProps) {
  return <MultiSelect {...props} {...useListField(name, required)} />;
}

export interface TagsFieldProps
  extends
    FieldBase,
    Omit<TagsInputProps, 'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'> {}

/** Free labels (CUS-05): typed, or picked from those in use. */
export function TagsField({ name, required, ...props }: TagsFieldProps) {
  return <TagsInput {...props} {...useListField(name, required)} />;
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
