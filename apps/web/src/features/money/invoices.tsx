import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { formatDateVi, formatVnd, vietnamDay } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page, useErrorMessage, RecordFallback } from '../../components/page';
import { downloadFile } from '../../lib/files';
import { DocumentLinesView } from '../sales/components/document-lines-view';
import {
  CancelInvoiceDocument,
  CreateReceiptDocument,
  InvoiceMoneyDocument,
  IssueInvoiceDocument,
} from './api';
import { InvoiceBadge } from './badges';
import { ReceiptForm, targetOf } from './receipt-form';
import { notifyDone, notifyFailed } from '../../lib/notify';

/** A receipt paying this invoice, in the one receipt form: prefilled with all it still owes. */
function ReceiptDialog({
  invoice,
  onClose,
}: {
  invoice: { id: string; number: string; date: string; customer: { id: string }; outstanding: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateReceiptDocument, {
    refetchQueries: [InvoiceMoneyDocument],
    awaitRefetchQueries: true,
  });
  const title = t('money.receipts.new', { number: invoice.number });
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <ReceiptForm
        mode="create"
        label={title}
        customerFixed
        own={[{ kind: 'invoice', ...invoice }]}
        defaultValues={{
          customerId: invoice.customer.id,
          date: vietnamDay(new Date()),
          amount: invoice.outstanding,
          method: 'TRANSFER',
          note: null,
          allocations: [
            {
              target: targetOf('invoice', invoice.id),
              invoiceId: invoice.id,
              amount: invoice.outstanding,
              outstanding: invoice.outstanding,
            },
          ],
        }}
        onBack={onClose}
        onSubmit={async (input) => {
          const { data } = await create({ variables: { input } });
          notifyDone(t('money.receipts.created', { number: data!.createReceipt.number }));
          onClose();
        }}
      />
    </Modal>
  );
}

/** An invoice: issue (freezes it), cancel with a reason, receipts, PDF and Word. */
export function InvoiceDetailPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InvoiceMoneyDocument, { variables: { id } });
  const [issue] = useMutation(IssueInvoiceDocument);
  const [cancel] = useMutation(CancelInvoiceDocument);
  const [paying, setPaying] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const i = data?.invoice;
  if (!i) {
    return <RecordFallback query={{ loading, error, refetch }} title={t('nav.invoices')} back="/invoices" />;
  }
  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
    } catch (e) {
      notifyFailed(errorMessage(e));
    }
  };
  return (
    <Page
      back="/invoices"
      title={t('sales.documents.title.invoice', { number: i.number })}
      actions={
        <Group gap="xs">
          {i.status === 'DRAFT' ? (
            <Button onClick={() => void run(() => issue({ variables: { id: i.id, version: i.version } }))}>
              {t('money.invoices.issue')}
            </Button>
          ) : null}
          {i.status === 'ISSUED' || i.status === 'PARTIAL' ? (
            <Button onClick={() => setPaying(true)}>{t('money.receipts.add')}</Button>
          ) : null}
          {i.status === 'DRAFT' || i.status === 'ISSUED' ? (
            <Button variant="default" color="red" onClick={() => setCancelling(true)}>
              {t('money.invoices.cancel')}
            </Button>
          ) : null}
          <Button
            variant="default"
            onClick={() => void run(() => downloadFile(`/files/invoices/${i.id}.pdf`, `${i.number}.pdf`))}
          >
            PDF
          </Button>
          <Button
            variant="default"
            onClick={() => void run(() => downloadFile(`/files/invoices/${i.id}.docx`, `${i.number}.docx`))}
          >
            {t('money.invoices.word')}
          </Button>
        </Group>
      }
    >
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.invoices.buyer')}
            </Text>
            <Anchor component={Link} to={`/customers/${i.customer.id}`} size="sm">
              {i.buyerName ?? i.customer.name}
            </Anchor>
            {i.buyerTaxCode ? <Text size="xs">{i.buyerTaxCode}</Text> : null}
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.invoices.status')}
            </Text>
            <InvoiceBadge status={i.status} />
            {i.cancelReason ? <Text size="xs">{i.cancelReason}</Text> : null}
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.received')}
            </Text>
            <Text size="sm">{formatVnd(i.received)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.outstanding')}
            </Text>
            <Text size="sm" fw={600} data-testid="invoice-outstanding">
              {formatVnd(i.outstanding)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.invoices.contract')}
            </Text>
            {i.contract ? (
              <Anchor component={Link} to={`/contracts/${i.contract.id}`} size="sm">
                {i.contract.number}
              </Anchor>
            ) : (
              <Text size="sm">—</Text>
            )}
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('sales.documents.date')}
            </Text>
            <Text size="sm">{formatDateVi(i.date)}</Text>
          </div>
        </SimpleGrid>
      </Paper>
      <DocumentLinesView lines={i.lines} totals={i.totals} />
      {paying ? <ReceiptDialog invoice={i} onClose={() => setPaying(false)} /> : null}
      <Modal opened={cancelling} onClose={() => setCancelling(false)} title={t('money.invoices.cancel')}>
        <TextInput
          label={t('money.invoices.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
        />
        <Group justify="flex-end" mt="md">
          <Button
            color="red"
            onClick={() =>
              void run(async () => {
                await cancel({ variables: { id: i.id, version: i.version, reason } });
                setCancelling(false);
              })
            }
          >
            {t('money.invoices.cancel')}
          </Button>
        </Group>
      </Modal>
    </Page>
  );
}
