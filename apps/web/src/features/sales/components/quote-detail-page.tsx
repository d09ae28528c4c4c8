import { Anchor, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDateVi, quoteMachine, type QuoteStatus } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page, useErrorMessage, RecordFallback } from '../../../components/page';
import { downloadFile } from '../../../lib/files';
import { useConvertQuote } from '../api/convert-quote';
import { useQuote } from '../api/quote';
import { useSetQuoteStatus } from '../api/set-quote-status';
import { DocumentLinesView } from './document-lines-view';
import { notifyDone, notifyFailed } from '../../../lib/notify';

export const QUOTE_STATUS_COLOR: Record<QuoteStatus, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  ACCEPTED: 'teal',
  REJECTED: 'red',
  EXPIRED: 'orange',
};

const TARGET_PATH = { Order: 'orders', Contract: 'contracts', Invoice: 'invoices' } as const;

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  );
}

/** A quote: its lines and totals as the server computed them, print, status, conversion. */
export function QuoteDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuote(id);
  const [setStatus] = useSetQuoteStatus();
  const [convertQuote, { loading: converting }] = useConvertQuote();
  const [printing, setPrinting] = useState(false);
  const q = data?.quote;
  if (!q) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        title={t('sales.quotes.title')}
        notFound={t('sales.quotes.notFound')}
        back="/quotes"
      />
    );
  }
  const editable = q.status === 'DRAFT' || q.status === 'SENT' || q.status === 'EXPIRED';

  const move = async (status: QuoteStatus) => {
    try {
      await setStatus({ variables: { id: q.id, status, version: q.version } });
      notifyDone(t('sales.quotes.statusChanged', { status: t(`sales.quotes.statuses.${status}`) }));
    } catch (e) {
      notifyFailed(errorMessage(e));
    }
  };
  const convert = async (to: 'ORDER' | 'CONTRACT' | 'INVOICE') => {
    try {
      const { data: made } = await convertQuote({ variables: { id: q.id, to } });
      const doc = made?.convertQuote;
      if (doc && doc.__typename in TARGET_PATH) {
        const target = doc as { __typename: keyof typeof TARGET_PATH; id: string; number: string };
        notifyDone(t('sales.quotes.converted', { number: target.number }));
        void navigate(`/${TARGET_PATH[target.__typename]}/${target.id}`);
      }
    } catch (e) {
      notifyFailed(errorMessage(e));
    }
  };
  const print = async () => {
    setPrinting(true);
    try {
      await downloadFile(`/files/quotes/${q.id}.pdf`, `${q.number}.pdf`);
    } catch (e) {
      notifyFailed(errorMessage(e));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Page
      back="/quotes"
      title={t('sales.quotes.detailTitle', { number: q.number })}
      actions={
        <>
          <Button variant="default" onClick={() => void print()} loading={printing}>
            {t('sales.quotes.print')}
          </Button>
          {editable ? (
            <Button variant="default" component={Link} to={`/quotes/${q.id}/edit`}>
              {t('common.edit')}
            </Button>
          ) : null}
          {quoteMachine.allowedTargets(q.status).map((s) => (
            <Button key={s} variant="light" color={QUOTE_STATUS_COLOR[s]} onClick={() => void move(s)}>
              {t(`sales.quotes.moveTo.${s}`)}
            </Button>
          ))}
          {q.status !== 'REJECTED' ? (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button loading={converting}>{t('sales.quotes.convert')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void convert('ORDER')}>
                  {t('sales.quotes.convertTo.ORDER')}
                </Menu.Item>
                <Menu.Item onClick={() => void convert('CONTRACT')}>
                  {t('sales.quotes.convertTo.CONTRACT')}
                </Menu.Item>
                <Menu.Item onClick={() => void convert('INVOICE')}>
                  {t('sales.quotes.convertTo.INVOICE')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </>
      }
    >
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Item label={t('sales.quotes.fields.status')}>
            <Badge variant="light" color={QUOTE_STATUS_COLOR[q.status]} component="span">
              {t(`sales.quotes.statuses.${q.status}`)}
            </Badge>
          </Item>
          <Item label={t('sales.fields.customer')}>
            <Anchor component={Link} to={`/customers/${q.customer.id}`}>
              {q.customer.name}
            </Anchor>
          </Item>
          <Item label={t('sales.fields.contact')}>{q.contact?.name}</Item>
          <Item label={t('sales.quotes.fields.opportunity')}>
            {q.opportunity ? (
              <Anchor component={Link} to={`/opportunities/${q.opportunity.id}`}>
                {q.opportunity.code} — {q.opportunity.name}
              </Anchor>
            ) : null}
          </Item>
          <Item label={t('sales.quotes.fields.date')}>{formatDateVi(q.date)}</Item>
          <Item label={t('sales.quotes.fields.validUntil')}>
            {q.validUntil ? formatDateVi(q.validUntil) : null}
          </Item>
          <Item label={t('sales.fields.owner')}>{q.owner.name}</Item>
          <Item label={t('sales.quotes.fields.convertedTo')}>
            {q.convertedTo.length > 0 ? (
              <Group gap="xs">
                {q.convertedTo.map((d) =>
                  d.__typename in TARGET_PATH ? (
                    <Anchor
                      key={(d as { id: string }).id}
                      component={Link}
                      to={`/${TARGET_PATH[d.__typename as keyof typeof TARGET_PATH]}/${(d as { id: string }).id}`}
                    >
                      {(d as { number: string }).number}
                    </Anchor>
                  ) : null,
                )}
              </Group>
            ) : null}
          </Item>
        </SimpleGrid>
      </Paper>
      <Stack gap="sm">
        <DocumentLinesView lines={q.lines} totals={q.totals} />
        {q.terms ? (
          <Paper withBorder p="md">
            <Text size="xs" c="dimmed">
              {t('sales.quotes.fields.terms')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {q.terms}
            </Text>
          </Paper>
        ) : null}
      </Stack>
    </Page>
  );
}
