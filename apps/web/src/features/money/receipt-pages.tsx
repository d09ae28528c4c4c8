import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDateTimeVi, formatDateVi, formatVnd, vietnamDay } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useConfirm } from '../../components/confirm';
import { Page, useErrorMessage, RecordFallback } from '../../components/page';
import type { MoneyReceiptQuery } from '../../gql/graphql';
import {
  CreateReceiptDocument,
  DeleteReceiptsDocument,
  ReceiptDocument,
  ReceiptHistoryDocument,
  UpdateReceiptDocument,
} from './api';
import { DetailItem } from './detail-item';
import { ReceiptForm, targetOf, type AllocationValue, type Payable } from './receipt-form';
import { Allocations } from './receipts';

type ReceiptData = NonNullable<MoneyReceiptQuery['receipt']>;

/** Tạo phiếu thu: a customer, the amount, and the invoices it pays (none: an advance on account). */
export function ReceiptCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [create] = useMutation(CreateReceiptDocument);
  return (
    <Page title={t('money.receipts.add')}>
      <Paper withBorder p="md" maw={900}>
        <ReceiptForm
          mode="create"
          label={t('money.receipts.add')}
          defaultValues={{
            customerId: params.get('customerId') ?? '',
            date: vietnamDay(new Date()),
            amount: null,
            method: 'TRANSFER',
            note: null,
            allocations: [],
          }}
          onBack={() => void navigate('/receipts')}
          onSubmit={async (input) => {
            const { data } = await create({ variables: { input } });
            notifications.show({
              color: 'teal',
              message: t('money.receipts.created', { number: data!.createReceipt.number }),
            });
            await navigate('/receipts');
          }}
        />
      </Paper>
    </Page>
  );
}

/**
 * The documents the receipt pays, as the form holds and offers them: each may take what it owes
 * now plus what this receipt paid it (the server takes that back before paying again).
 */
function ownDocuments(r: ReceiptData): { own: Payable[]; allocations: AllocationValue[] } {
  const own = r.allocations.map((a): Payable => {
    const outstanding = (now: string) => (BigInt(now) + BigInt(a.amount)).toString();
    if (a.invoice) {
      return { kind: 'invoice', ...a.invoice, outstanding: outstanding(a.invoice.outstanding) };
    }
    if (a.order) {
      return { kind: 'order', ...a.order, outstanding: outstanding(a.order.outstanding) };
    }
    return {
      kind: 'instalment',
      id: a.instalment?.id ?? '',
      position: a.instalment?.position,
      date: a.instalment?.dueDate ?? r.date,
      outstanding: outstanding(a.instalment?.outstanding ?? '0'),
    };
  });
  return {
    own,
    allocations: own.map((p, i) => ({
      target: targetOf(p.kind, p.id),
      [`${p.kind}Id`]: p.id,
      amount: r.allocations[i].amount,
      outstanding: p.outstanding,
    })),
  };
}

function useReceipt() {
  const { id = '' } = useParams();
  return useQuery(ReceiptDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

/** A receipt's screens while they have no receipt: loading, not found, or a failure. */
function ReceiptFallback({ query }: { query: ReturnType<typeof useReceipt> }) {
  const { t } = useTranslation();
  return <RecordFallback query={query} title={t('nav.receipts')} back="/receipts" />;
}

/** Sửa phiếu thu: the same form; saving replaces its allocations (version-checked). */
export function ReceiptEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useReceipt();
  const { data } = query;
  const [update] = useMutation(UpdateReceiptDocument, { refetchQueries: [ReceiptHistoryDocument] });
  const r = data?.receipt;
  if (!r) {
    return <ReceiptFallback query={query} />;
  }
  const back = () => void navigate(`/receipts/${r.id}`);
  const title = t('money.receipts.editTitle', { number: r.number });
  const mine = ownDocuments(r);
  return (
    <Page title={title}>
      <Paper withBorder p="md" maw={900}>
        <ReceiptForm
          key={r.version}
          mode="edit"
          label={title}
          own={mine.own}
          defaultValues={{
            customerId: r.customer.id,
            date: r.date,
            amount: r.amount,
            method: r.method ?? null,
            note: r.note ?? null,
            allocations: mine.allocations,
            version: r.version,
          }}
          onBack={back}
          onSubmit={async (input) => {
            await update({ variables: { id: r.id, input } });
            notifications.show({ color: 'teal', message: t('common.saved') });
            back();
          }}
        />
      </Paper>
    </Page>
  );
}

/** Lịch sử: who changed the receipt and when, newest first. */
function ReceiptHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ReceiptHistoryDocument, {
    variables: { recordId: id },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.auditLogs.nodes ?? [];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="xs">
        {t('money.receipts.history')}
      </Title>
      <Stack gap={6} data-testid="receipt-history">
        {entries.map((e) => (
          <div key={e.id}>
            <Text size="sm">{e.description}</Text>
            <Text size="xs" c="dimmed">
              {formatDateTimeVi(e.at)}
              {e.user ? ` · ${e.user.name}` : ''}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** A receipt: its customer, amount and method, what it paid (links), its history; edit, delete. */
export function ReceiptDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const query = useReceipt();
  const { data } = query;
  const [remove] = useMutation(DeleteReceiptsDocument);
  const r = data?.receipt;
  if (!r) {
    return <ReceiptFallback query={query} />;
  }
  const del = async () => {
    try {
      const yes = await confirm({
        title: t('money.receipts.delete'),
        message: t('money.receipts.deleteOne', { number: r.number }),
        danger: true,
      });
      if (yes) {
        await remove({ variables: { ids: [r.id] } });
        notifications.show({ color: 'teal', message: t('money.receipts.deleted', { count: 1 }) });
        await navigate('/receipts');
      }
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <Page
      back="/receipts"
      title={t('money.receipts.titleOne', { number: r.number })}
      actions={
        <>
          <Button variant="default" component={Link} to={`/receipts/${r.id}/edit`}>
            {t('common.edit')}
          </Button>
          <Button variant="light" color="red" onClick={() => void del()}>
            {t('money.receipts.deleteThis')}
          </Button>
        </>
      }
    >
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <DetailItem label={t('money.receipts.number')}>{r.number}</DetailItem>
          <DetailItem label={t('money.receipts.date')}>{formatDateVi(r.date)}</DetailItem>
          <DetailItem label={t('sales.fields.customer')}>
            <Anchor component={Link} to={`/customers/${r.customer.id}`} size="sm">
              {r.customer.name}
            </Anchor>
          </DetailItem>
          <DetailItem label={t('money.receipts.amount')}>
            <Text size="sm" fw={600} data-testid="receipt-amount">
              {formatVnd(r.amount)}
            </Text>
          </DetailItem>
          <DetailItem label={t('money.receipts.method')}>
            {r.method ? t(`money.receipts.methods.${r.method}`) : null}
          </DetailItem>
          <DetailItem label={t('sales.fields.owner')}>{r.owner.name}</DetailItem>
          <DetailItem label={t('money.receipts.allocations')}>
            {r.allocations.length > 0 ? <Allocations receipt={r} /> : t('money.receipts.onAccount')}
          </DetailItem>
          <DetailItem label={t('money.receipts.note')}>
            {r.note ? <span style={{ whiteSpace: 'pre-wrap' }}>{r.note}</span> : null}
          </DetailItem>
        </SimpleGrid>
      </Paper>
      <ReceiptHistory id={r.id} />
    </Page>
  );
}
