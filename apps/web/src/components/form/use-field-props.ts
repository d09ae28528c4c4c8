import type { ChangeEvent } from 'react';
import { useController } from 'react-hook-form';
import { emptyTo, type EmptyAs } from './empty-value';
import { useFieldError } from './use-field-error';

/** What every form field takes: its name in the form values, its label, and whether it shows `*`. */
export interface FieldBase {
  name: string;
  label: string;
  /** Shows `*`; the schema decides what is actually required. */
  required?: boolean;
}

/** An input's own props, less those its form field sets. */
export type InputPropsOf<P> = Omit<
  P,
  'name' | 'label' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'required'
>;

/** The controlled props every input takes from react-hook-form: its value, its error and `*`. */
export function useFieldProps(name: string, required: boolean | undefined) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name });
  const error = useFieldError(fieldState.error);
  return {
    ref,
    name,
    value: value as unknown,
    onChange,
    onBlur,
    error,
    withAsterisk: required,
    'aria-required': required || undefined,
  };
}

/** The same for a text input (text, password, textarea): a cleared input puts `empty` in the values. */
export function useTextField(name: string, required: boolean | undefined, empty: EmptyAs) {
  const field = useFieldProps(name, required);
  return {
    ...field,
    value: (field.value as string | null | undefined) ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      field.onChange(emptyTo(event.currentTarget.value, empty)),
  };
}
