import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDateVi, formatVnd, requiredMoney } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { EmptyState, useListEmpty } from '../../components/empty-state';
import { DateField, Form, FormActions, MoneyField } from '../../components/form';
import { ExportMenu } from '../../components/export-menu';
import { pageFilterState, SavedViewsMenu } from '../../components/saved-views';
import { ErrorAlert, Page, PageLoader, useErrorMessage } from '../../components/page';
import { downloadFile } from '../../lib/files';
import { DocumentLinesView } from '../sales/components/document-lines-view';
import {
  CancelInvoiceDocument,
  CreateReceiptDocument,
  InvoiceMoneyDocument,
  InvoicesListDocument,
  IssueInvoiceDocument,
} from './api';

const today = () => new Date().toISOString().slice(0, 10);

export const INVOICE_COLOR: Record<string, string> = {
  DRAFT: 'gray',
  ISSUED: 'blue',
  PARTIAL: 'yellow',
  PAID: 'teal',
  CANCELLED: 'red',
};

/** Bán hàng → Hóa đơn (SAL-06): search by invoice number, contract number or customer. */
export function InvoicesListPage() {
  const { t } = useTranslation();
  const listEmpty = useListEmpty();
  const [search, setSearch] = useState('');
  const filter = { search: search.trim() || undefined };
  const { data, loading, error, refetch } = useQuery(InvoicesListDocument, {
    variables: { first: 100, filter },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page
      title={t('money.invoices.title')}
      actions={
        <>
          <SavedViewsMenu
            module="invoices"
            filterState={pageFilterState({
              text: search,
              setText: setSearch,
              panel: {},
              setPanel: () => undefined,
              empty: {},
            })}
          />
          <ExportMenu module="invoices" filter={filter} />
        </>
      }
    >
      <TextInput
        type="search"
        aria-label={t('common.search')}
        placeholder={t('money.invoices.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      {!data ? (
        loading ? (
          <PageLoader />
        ) : (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        )
      ) : (
        <Paper withBorder>
          <Table aria-label={t('money.invoices.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('money.invoices.number')}</Table.Th>
                <Table.Th>{t('sales.documents.date')}</Table.Th>
                <Table.Th>{t('sales.fields.customer')}</Table.Th>
                <Table.Th>{t('money.invoices.contract')}</Table.Th>
                <Table.Th>{t('money.invoices.status')}</Table.Th>
                <Table.Th ta="right">{t('money.total')}</Table.Th>
                <Table.Th ta="right">{t('money.outstanding')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.invoices.nodes.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/invoices/${i.id}`}>
                      {i.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDateVi(i.date)}</Table.Td>
                  <Table.Td>{i.customer.name}</Table.Td>
                  <Table.Td>{i.contract?.number ?? ''}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={INVOICE_COLOR[i.status]}>
                      {t(`sales.documents.statuses.invoice.${i.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{formatVnd(i.totals.total)}</Table.Td>
                  <Table.Td ta="right">{formatVnd(i.outstanding)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.invoices.nodes.length === 0 ? (
            search.trim() ? (
              <EmptyState {...listEmpty({ what: t('empty.what.invoices'), filtered: true })} />
            ) : (
              <EmptyState
                title={t('empty.none', { what: t('empty.what.invoices') })}
                description={t('empty.invoicesHint')}
                action={
                  <Button component={Link} to="/contracts" variant="default">
                    {t('empty.openContracts')}
                  </Button>
                }
              />
            )
          ) : null}
        </Paper>
      )}
    </Page>
  );
}

const receiptSchema = z.object({ date: z.string(), amount: requiredMoney });

/** A receipt paying this invoice; an amount above what is owed is refused at the field. */
function ReceiptDialog({
  invoice,
  onClose,
}: {
  invoice: { id: string; number: string; customer: { id: string }; outstanding: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateReceiptDocument, {
    refetchQueries: [InvoiceMoneyDocument],
    awaitRefetchQueries: true,
  });
  return (
    <Modal opened onClose={onClose} title={t('money.receipts.new', { number: invoice.number })}>
      <Form
        schema={receiptSchema}
        label={t('money.receipts.new', { number: invoice.number })}
        defaultValues={{ date: today(), amount: invoice.outstanding }}
        fieldMap={{ 'allocations.0.amount': 'amount' }}
        onSubmit={async (values) => {
          const { data } = await create({
            variables: {
              input: {
                customerId: invoice.customer.id,
                date: values.date,
                amount: values.amount,
                method: 'TRANSFER',
                allocations: [{ invoiceId: invoice.id, amount: values.amount }],
              },
            },
          });
          notifications.show({
            color: 'teal',
            message: t('money.receipts.created', { number: data!.createReceipt.number }),
          });
          onClose();
        }}
      >
        <DateField name="date" label={t('money.receipts.date')} required />
        <MoneyField name="amount" label={t('money.receipts.amount')} required />
        <FormActions mode="create" onBack={onClose} />
      </Form>
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
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <Page
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
            <Badge variant="light" color={INVOICE_COLOR[i.status]}>
              {t(`sales.documents.statuses.invoice.${i.status}`)}
            </Badge>
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
