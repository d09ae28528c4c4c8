import { Badge, Group } from '@mantine/core';
import type { ContractStatus, InvoiceStatus, OrderStatus, PaymentStatus } from '@sen/shared';
import { useTranslation } from 'react-i18next';

const ORDER_COLOR: Record<OrderStatus, string> = {
  NEW: 'gray',
  PROCESSING: 'blue',
  DELIVERED: 'teal',
  CANCELLED: 'red',
};

const PAYMENT_COLOR: Record<PaymentStatus, string> = {
  UNPAID: 'gray',
  PARTIAL: 'yellow',
  PAID: 'teal',
};

const INVOICE_COLOR: Record<InvoiceStatus, string> = {
  DRAFT: 'gray',
  ISSUED: 'blue',
  PARTIAL: 'yellow',
  PAID: 'teal',
  CANCELLED: 'red',
};

/** An order's status and payment status. */
export function OrderBadges({
  status,
  paymentStatus,
}: {
  status: OrderStatus;
  paymentStatus: PaymentStatus;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color={ORDER_COLOR[status]}>
        {t(`sales.documents.statuses.order.${status}`)}
      </Badge>
      {/* Light, as the invoice's: an outlined yellow "Thanh toán một phần" reads below 4.5:1. */}
      <Badge variant="light" color={PAYMENT_COLOR[paymentStatus]}>
        {t(`money.orders.paymentStatuses.${paymentStatus}`)}
      </Badge>
    </Group>
  );
}

export function InvoiceBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={INVOICE_COLOR[status]}>
      {t(`sales.documents.statuses.invoice.${status}`)}
    </Badge>
  );
}

/** A contract's status, and "Đã ký" when it is signed. */
export function ContractBadges({ status, signed }: { status: ContractStatus; signed: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light">{t(`sales.documents.statuses.contract.${status}`)}</Badge>
      {signed ? (
        <Badge color="teal" variant="light">
          {t('money.contracts.signed')}
        </Badge>
      ) : null}
    </Group>
  );
}
