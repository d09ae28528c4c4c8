import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Paper, SimpleGrid, Text } from '@mantine/core';
import {
  createOrderSchema,
  formatDateVi,
  formatVnd,
  orderMachine,
  updateOrderSchema,
  vietnamDay,
  type OrderStatus,
} from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useConfirm } from '../../components/confirm';
import { DateField, FormPage, SelectField, TextField } from '../../components/form';
import { Page, PageLoader, useErrorMessage, RecordFallback } from '../../components/page';
import { downloadFile } from '../../lib/files';
import { useSalesViewer } from '../sales/api/sales-viewer';
import { DocumentLinesView } from '../sales/components/document-lines-view';
import { DocumentFields } from '../sales/components/document-fields';
import { emptyLine } from '../sales/components/lines-editor';
import { formLine } from '../sales/components/quote-form-page';
import {
  CreateInvoiceDocument,
  CreateOrderDocument,
  DeleteOrdersDocument,
  OrderMoneyDocument,
  UpdateOrderDocument,
} from './api';
import { OrderBadges } from './badges';
import { DetailItem } from './detail-item';
import { notifyDone, notifyFailed } from '../../lib/notify';

/** The fields a new and an edited order share; an edit also moves the status along the machine. */
function OrderFields({ canPickOwner, statuses }: { canPickOwner: boolean; statuses?: OrderStatus[] }) {
  const { t } = useTranslation();
  return (
    <DocumentFields
      dateLabel={t('money.orders.date')}
      afterContact={() => (
        <>
          <DateField name="deliveryDate" label={t('money.orders.deliveryDate')} />
          <TextField name="deliveryAddress" label={t('money.orders.deliveryAddress')} />
          {statuses ? (
            <SelectField
              name="status"
              label={t('money.orders.status')}
              data={statuses.map((s) => ({ value: s, label: t(`sales.documents.statuses.order.${s}`) }))}
            />
          ) : null}
        </>
      )}
      note={{ name: 'notes', label: t('money.orders.notes') }}
      canPickOwner={canPickOwner}
    />
  );
}

/** Thêm đơn hàng; `?customerId=` presets the customer. */
export function OrderCreatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const viewer = useSalesViewer();
  const [create] = useMutation(CreateOrderDocument);
  if (!viewer) {
    return <PageLoader />;
  }
  return (
    <FormPage
      title={t('money.orders.new')}
      mode="create"
      backTo="/orders"
      schema={createOrderSchema}
      defaultValues={{
        customerId: params.get('customerId') ?? '',
        date: vietnamDay(new Date()),
        contactId: null,
        deliveryDate: null,
        deliveryAddress: null,
        notes: null,
        ownerId: viewer.id,
        lines: [emptyLine()] as never,
      }}
      onSubmit={async (input) => {
        const { data } = await create({ variables: { input } });
        return {
          notice: t('money.orders.created', { number: data!.createOrder.number }),
          to: `/orders/${data!.createOrder.id}`,
        };
      }}
    >
      <OrderFields canPickOwner={viewer.role !== 'STAFF'} />
    </FormPage>
  );
}

/** Sửa đơn hàng: a new or processing order; the lines are replaced as a whole. */
export function OrderEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSalesViewer();
  const { data, loading, error, refetch } = useQuery(OrderMoneyDocument, { variables: { id } });
  const [update] = useMutation(UpdateOrderDocument);
  const o = data?.order;
  if (!o || !viewer) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        waiting={!viewer}
        title={t('nav.orders')}
        back="/orders"
      />
    );
  }
  const title = t('money.orders.editTitle', { number: o.number });
  return (
    <FormPage
      title={title}
      mode="edit"
      backTo={`/orders/${o.id}`}
      schema={updateOrderSchema}
      defaultValues={{
        customerId: o.customer.id,
        date: o.date,
        contactId: o.contact?.id ?? null,
        deliveryDate: o.deliveryDate ?? null,
        deliveryAddress: o.deliveryAddress ?? null,
        notes: o.notes ?? null,
        status: o.status,
        ownerId: o.owner.id,
        lines: o.lines.map(formLine) as never,
        version: o.version,
      }}
      onSubmit={async (input) => {
        await update({ variables: { id: o.id, input } });
        return { notice: t('common.saved') };
      }}
    >
      <OrderFields
        canPickOwner={viewer.role !== 'STAFF'}
        statuses={[o.status, ...orderMachine.allowedTargets(o.status)]}
      />
    </FormPage>
  );
}

/** An order: customer, delivery, status and payment, its lines, print, invoice, care card. */
export function OrderDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrderMoneyDocument, { variables: { id } });
  const [createInvoice, { loading: invoicing }] = useMutation(CreateInvoiceDocument);
  const [remove] = useMutation(DeleteOrdersDocument);
  const [printing, setPrinting] = useState(false);
  const o = data?.order;
  if (!o) {
    return <RecordFallback query={{ loading, error, refetch }} title={t('nav.orders')} back="/orders" />;
  }
  const editable = o.status === 'NEW' || o.status === 'PROCESSING';
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      notifyFailed(errorMessage(e));
    }
  };
  const print = () =>
    run(async () => {
      setPrinting(true);
      try {
        await downloadFile(`/files/orders/${o.id}.pdf`, `${o.number}.pdf`);
      } finally {
        setPrinting(false);
      }
    });
  const invoice = () =>
    run(async () => {
      const { data: made } = await createInvoice({
        variables: { input: { orderId: o.id, date: vietnamDay(new Date()) } },
      });
      await navigate(`/invoices/${made!.createInvoice.id}`);
    });
  const del = () =>
    run(async () => {
      const yes = await confirm({
        title: t('money.orders.delete'),
        message: t('money.orders.deleteOne', { number: o.number }),
        danger: true,
      });
      if (yes) {
        await remove({ variables: { ids: [o.id] } });
        notifyDone(t('money.orders.deleted', { number: o.number }));
        await navigate('/orders');
      }
    });
  return (
    <Page
      back="/orders"
      title={t('sales.documents.title.order', { number: o.number })}
      actions={
        <>
          <Button variant="default" onClick={() => void print()} loading={printing}>
            {t('money.orders.print')}
          </Button>
          {editable ? (
            <Button variant="default" component={Link} to={`/orders/${o.id}/edit`}>
              {t('common.edit')}
            </Button>
          ) : null}
          <Button component={Link} to={`/care-cards/generate?orderId=${o.id}`} variant="default">
            {t('care.generateFromOrder')}
          </Button>
          {o.status !== 'CANCELLED' ? (
            <Button onClick={() => void invoice()} loading={invoicing} disabled={o.lines.length === 0}>
              {t('money.contracts.makeInvoice')}
            </Button>
          ) : null}
          <Button variant="light" color="red" onClick={() => void del()}>
            {t('money.orders.delete')}
          </Button>
        </>
      }
    >
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <DetailItem label={t('sales.fields.customer')}>
            <Anchor component={Link} to={`/customers/${o.customer.id}`} size="sm">
              {o.customer.name}
            </Anchor>
          </DetailItem>
          <DetailItem label={t('money.orders.date')}>{formatDateVi(o.date)}</DetailItem>
          <DetailItem label={t('money.orders.status')}>
            <OrderBadges status={o.status} paymentStatus={o.paymentStatus} />
          </DetailItem>
          <DetailItem label={t('sales.fields.owner')}>{o.owner.name}</DetailItem>
          <DetailItem label={t('sales.fields.contact')}>{o.contact?.name}</DetailItem>
          <DetailItem label={t('money.orders.deliveryDate')}>
            {o.deliveryDate ? formatDateVi(o.deliveryDate) : null}
          </DetailItem>
          <DetailItem label={t('money.orders.deliveryAddress')}>{o.deliveryAddress}</DetailItem>
          <DetailItem label={t('sales.documents.fromQuote')}>
            {o.quote ? (
              <Anchor component={Link} to={`/quotes/${o.quote.id}`} size="sm">
                {o.quote.number}
              </Anchor>
            ) : null}
          </DetailItem>
          <DetailItem label={t('money.invoices.contract')}>
            {o.contract ? (
              <Anchor component={Link} to={`/contracts/${o.contract.id}`} size="sm">
                {o.contract.number}
              </Anchor>
            ) : null}
          </DetailItem>
          <DetailItem label={t('money.received')}>{formatVnd(o.received)}</DetailItem>
          <DetailItem label={t('money.outstanding')}>
            <Text size="sm" fw={600}>
              {formatVnd(o.outstanding)}
            </Text>
          </DetailItem>
        </SimpleGrid>
      </Paper>
      <DocumentLinesView lines={o.lines} totals={o.totals} />
      {o.notes ? (
        <Paper withBorder p="md">
          <Text size="xs" c="dimmed">
            {t('money.orders.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {o.notes}
          </Text>
        </Paper>
      ) : null}
    </Page>
  );
}
