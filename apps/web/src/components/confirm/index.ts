export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';
export { useConfirm, type Confirm, type ConfirmOptions } from './confirm-context';
export { ConfirmProvider, type ConfirmProviderProps } from './confirm-provider';
