export const CUSTOMER_LEVELS = ['NEW', 'INTERESTED', 'APPROACHED', 'SIGNED', 'PAUSED', 'OTHER'] as const;
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];

export const CUSTOMER_LEVEL_VI: Readonly<Record<CustomerLevel, string>> = {
  NEW: 'Mới',
  INTERESTED: 'Quan tâm',
  APPROACHED: 'Tiếp cận',
  SIGNED: 'Đã ký',
  PAUSED: 'Tạm ngừng',
  OTHER: 'Khác',
};

/** CUS-01: every new customer starts here. */
export function initialLevel(): CustomerLevel {
  return 'NEW';
}

/**
 * CUS-03 levels a user sets by hand. The others are not offered: NEW is only the starting
 * level, APPROACHED and SIGNED follow from events (levelAfterEvent), and the seeds give OTHER
 * no rule for entering it (it can come from an import).
 */
export const MANUAL_LEVELS: readonly CustomerLevel[] = ['INTERESTED', 'PAUSED'];

/** Any level may be changed by hand (even SIGNED: only automatic rules never move it down). */
export function canSetManually(from: CustomerLevel, to: CustomerLevel): boolean {
  return from !== to && MANUAL_LEVELS.includes(to);
}

export type CustomerEventKind = 'ACTIVITY' | 'OPPORTUNITY' | 'QUOTE' | 'ORDER' | 'CONTRACT';

export interface CustomerEvent {
  kind: CustomerEventKind;
  /** The contract's "chuyển khách hàng vào nhóm đã ký" tick; other kinds have no such tick. */
  markSigned?: boolean;
}

function marksSigned(event: CustomerEvent): boolean {
  switch (event.kind) {
    case 'CONTRACT':
      return event.markSigned === true;
    case 'ACTIVITY':
    case 'OPPORTUNITY':
    case 'QUOTE':
    case 'ORDER':
      return false;
    default: {
      const _never: never = event.kind;
      return _never;
    }
  }
}

/** CUS-03 automatic rule applied when an activity or sales document is created for a customer. */
export function levelAfterEvent(current: CustomerLevel, event: CustomerEvent): CustomerLevel {
  if (marksSigned(event)) {
    return 'SIGNED';
  }
  switch (current) {
    case 'NEW':
    case 'OTHER':
      return 'APPROACHED';
    case 'INTERESTED':
    case 'APPROACHED':
    case 'SIGNED':
    case 'PAUSED':
      return current;
    default: {
      const _never: never = current;
      return _never;
    }
  }
}
