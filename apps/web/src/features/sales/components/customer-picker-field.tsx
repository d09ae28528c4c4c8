// The picker lives in the form kit; money's receipt form still imports it from here.
export { CustomerPickerField, type CustomerPickerFieldProps } from '../../../components/form';
