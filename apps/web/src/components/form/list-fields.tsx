import {
  MultiSelect,
  Textarea,
  TagsInput,
  type MultiSelectProps,
  type TagsInputProps,
  type TextareaProps,
} from '@mantine/core';
import { useFieldProps, useTextField, type FieldBase, type InputPropsOf } from './use-field-props';

export interface MultiSelectFieldProps extends FieldBase, InputPropsOf<MultiSelectProps> {}

/** The controlled props every string-list input takes from react-hook-form. */
function useListField(name: string, required: boolean | undefined) {
  const field = useFieldProps(name, required);
  return { ...field, value: (field.value as string[] | undefined) ?? [] };
}

export function MultiSelectField({ name, required, ...props }: MultiSelectFieldProps) {
  return <MultiSelect {...props} {...useListField(name, required)} />;
}

export interface TagsFieldProps extends FieldBase, InputPropsOf<TagsInputProps> {}

/** Free labels (CUS-05): typed, or picked from those in use. */
export function TagsField({ name, required, ...props }: TagsFieldProps) {
  return <TagsInput {...props} {...useListField(name, required)} />;
}

export interface TextareaFieldProps extends FieldBase, InputPropsOf<TextareaProps> {}

export function TextareaField({ name, required, ...props }: TextareaFieldProps) {
  return <Textarea autosize minRows={3} {...props} {...useTextField(name, required, 'null')} />;
}
