export { CheckboxField, type CheckboxFieldProps } from './checkbox-field';
export { DateField, type DateFieldProps } from './date-field';
export { DateInput, type DateInputProps } from './date-input';
export { Form, type FormProps } from './form';
export { FormActions, type FormActionsProps } from './form-actions';
export { PasswordField, type PasswordFieldProps } from './password-field';
export { PasswordStrength, type PasswordStrengthProps } from './password-strength';
export { SelectField, type SelectFieldProps } from './select-field';
export { TextField, type TextFieldProps } from './text-field';
export { useFieldError } from './use-field-error';
export { useFieldProps, useTextField } from './use-field-props';
export { SubmitButton, type SubmitButtonProps } from './submit-button';
export {
  MultiSelectField,
  TagsField,
  TextareaField,
  type MultiSelectFieldProps,
  type TagsFieldProps,
  type TextareaFieldProps,
} from './list-fields';
export {
  DecimalField,
  DecimalInput,
  MoneyField,
  MoneyInput,
  type DecimalFieldProps,
  type DecimalInputProps,
  type MoneyFieldProps,
  type MoneyInputProps,
} from './money-field';
export { FormCard, FormPage, type FormCardProps, type FormPageProps, type FormSaved } from './form-page';
export { requireFields } from './require-fields';
export { CustomerPickerField, type CustomerPickerFieldProps } from './customer-picker-field';
export { OwnerField, type OwnerFieldProps } from './owner-field';
export { FieldWithAdd, type FieldWithAddProps } from './field-with-add';
