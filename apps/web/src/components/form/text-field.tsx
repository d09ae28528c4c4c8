import { TextInput, type TextInputProps } from '@mantine/core';
import type { EmptyAs } from './empty-value';
import { useTextField, type FieldBase, type InputPropsOf } from './use-field-props';

export interface TextFieldProps extends InputPropsOf<TextInputProps>, FieldBase {
  empty?: EmptyAs;
}

export function TextField({ name, required, empty, ...props }: TextFieldProps) {
  return <TextInput {...props} {...useTextField(name, required, required ? 'string' : (empty ?? 'null'))} />;
}
