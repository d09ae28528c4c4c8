import { notifications } from '@mantine/notifications';

/** The green notice after a write went through ("Đã lưu", "Đã xoá 3 khách hàng", …). */
export function notifyDone(message: string) {
  notifications.show({ color: 'teal', message });
}

/** The red notice of a write refused or failed, outside a form (a form shows it inline). */
export function notifyFailed(message: string) {
  notifications.show({ color: 'red', message });
}
