import { stateMachine } from './machine';

/** SAL-02. A card may be dragged to any other stage; LOST asks for a reason. */
export const OPPORTUNITY_STAGES = ['NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];
export const OPEN_STAGES: readonly OpportunityStage[] = ['NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION'];

export const OPPORTUNITY_STAGE_LABEL: Readonly<Record<OpportunityStage, { vi: string; en: string }>> = {
  NEEDS_ANALYSIS: { vi: 'Tìm hiểu nhu cầu', en: 'Needs analysis' },
  PROPOSAL: { vi: 'Đề xuất giải pháp/báo giá', en: 'Proposal / quote' },
  NEGOTIATION: { vi: 'Thương lượng đàm phán', en: 'Negotiation' },
  WON: { vi: 'Chốt thắng', en: 'Won' },
  LOST: { vi: 'Chốt thua', en: 'Lost' },
};

/** The probability (%) a stage suggests; the user may edit it. */
export const STAGE_PROBABILITY: Readonly<Record<OpportunityStage, number>> = {
  NEEDS_ANALYSIS: 20,
  PROPOSAL: 40,
  NEGOTIATION: 70,
  WON: 100,
  LOST: 0,
};

const everyOtherStage = (s: OpportunityStage) => OPPORTUNITY_STAGES.filter((t) => t !== s);
export const opportunityMachine = stateMachine(OPPORTUNITY_STAGES, {
  NEEDS_ANALYSIS: everyOtherStage('NEEDS_ANALYSIS'),
  PROPOSAL: everyOtherStage('PROPOSAL'),
  NEGOTIATION: everyOtherStage('NEGOTIATION'),
  WON: everyOtherStage('WON'),
  LOST: everyOtherStage('LOST'),
});

/** SAL-03. EXPIRED is what a DRAFT or SENT quote past its validity shows (effectiveQuoteStatus). */
export const QUOTE_STATUSES = ['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export const QUOTE_STATUS_LABEL: Readonly<Record<QuoteStatus, { vi: string; en: string }>> = {
  DRAFT: { vi: 'Nháp', en: 'Draft' },
  SENT: { vi: 'Đã gửi', en: 'Sent' },
  ACCEPTED: { vi: 'Chấp nhận', en: 'Accepted' },
  REJECTED: { vi: 'Từ chối', en: 'Rejected' },
  EXPIRED: { vi: 'Hết hạn', en: 'Expired' },
};
export const quoteMachine = stateMachine(QUOTE_STATUSES, {
  DRAFT: ['SENT'],
  SENT: ['ACCEPTED', 'REJECTED', 'DRAFT'],
  ACCEPTED: [],
  REJECTED: ['DRAFT'],
  // An expired quote is revised (back to draft, with a new validity) or sent again.
  EXPIRED: ['DRAFT', 'SENT'],
});

/** A quote still open (draft or sent) whose "valid until" day has passed shows as EXPIRED. */
export function effectiveQuoteStatus(
  status: QuoteStatus,
  validUntil: string | null,
  today: string,
): QuoteStatus {
  if ((status === 'DRAFT' || status === 'SENT') && validUntil !== null && validUntil < today) {
    return 'EXPIRED';
  }
  return status;
}

/** SAL-04. */
export const CONTRACT_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED', 'LIQUIDATED', 'CANCELLED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_STATUS_LABEL: Readonly<Record<ContractStatus, { vi: string; en: string }>> = {
  DRAFT: { vi: 'Nháp', en: 'Draft' },
  ACTIVE: { vi: 'Đang thực hiện', en: 'In progress' },
  COMPLETED: { vi: 'Hoàn thành', en: 'Completed' },
  LIQUIDATED: { vi: 'Thanh lý', en: 'Liquidated' },
  CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
};
export const contractMachine = stateMachine(CONTRACT_STATUSES, {
  DRAFT: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'LIQUIDATED', 'CANCELLED'],
  COMPLETED: ['LIQUIDATED', 'ACTIVE'],
  LIQUIDATED: [],
  CANCELLED: [],
});

/** SAL-05. */
export const ORDER_STATUSES = ['NEW', 'PROCESSING', 'DELIVERED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_STATUS_LABEL: Readonly<Record<OrderStatus, { vi: string; en: string }>> = {
  NEW: { vi: 'Mới', en: 'New' },
  PROCESSING: { vi: 'Đang xử lý', en: 'Processing' },
  DELIVERED: { vi: 'Đã giao', en: 'Delivered' },
  CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
};
export const orderMachine = stateMachine(ORDER_STATUSES, {
  NEW: ['PROCESSING', 'DELIVERED', 'CANCELLED'],
  PROCESSING: ['DELIVERED', 'CANCELLED'],
  DELIVERED: [],
  CANCELLED: [],
});

/** SAL-05/07: an order's or a contract's payment state, from what its receipts brought. */
export const PAYMENT_STATUSES = ['UNPAID', 'PARTIAL', 'PAID'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PAYMENT_STATUS_LABEL: Readonly<Record<PaymentStatus, { vi: string; en: string }>> = {
  UNPAID: { vi: 'Chưa thanh toán', en: 'Unpaid' },
  PARTIAL: { vi: 'Thanh toán một phần', en: 'Partly paid' },
  PAID: { vi: 'Đã thanh toán', en: 'Paid' },
};
export function paymentStatus(received: bigint, total: bigint): PaymentStatus {
  if (received <= 0n) {
    return 'UNPAID';
  }
  return received >= total ? 'PAID' : 'PARTIAL';
}

/** SAL-06. ISSUED → PARTIAL → PAID follow the receipts; an invoice with money received is not cancelled. */
export const INVOICE_STATUSES = ['DRAFT', 'ISSUED', 'PARTIAL', 'PAID', 'CANCELLED'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const INVOICE_STATUS_LABEL: Readonly<Record<InvoiceStatus, { vi: string; en: string }>> = {
  DRAFT: { vi: 'Nháp', en: 'Draft' },
  ISSUED: { vi: 'Đã phát hành', en: 'Issued' },
  PARTIAL: { vi: 'Thanh toán một phần', en: 'Partly paid' },
  PAID: { vi: 'Đã thanh toán', en: 'Paid' },
  CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
};
export const invoiceMachine = stateMachine(INVOICE_STATUSES, {
  DRAFT: ['ISSUED', 'CANCELLED'],
  ISSUED: ['PARTIAL', 'PAID', 'CANCELLED'],
  PARTIAL: ['PAID', 'ISSUED'],
  PAID: ['PARTIAL'],
  CANCELLED: [],
});

/** The status an issued invoice takes after its receipts change (ISSUED, PARTIAL or PAID). */
export function invoiceStatusAfterPayment(received: bigint, total: bigint): InvoiceStatus {
  const p = paymentStatus(received, total);
  return p === 'UNPAID' ? 'ISSUED' : p;
}
