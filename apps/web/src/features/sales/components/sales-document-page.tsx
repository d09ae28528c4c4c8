import { Anchor, Badge, Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, MessagePage, Page, PageLoader } from '../../../components/page';
import { useSalesDocumentView, type SalesDocumentKind } from '../api/sales-document';
import { DocumentLinesView } from './document-lines-view';

export interface SalesDocumentPageProps {
  kind: SalesDocumentKind;
}

/**
 * An order, contract or invoice made from a quote: its number, customer, lines, totals and the
 * quote it came from (issue 17 brings their full screens).
 */
export function SalesDocumentPage({ kind }: SalesDocumentPageProps) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useSalesDocumentView(kind, id);
  const doc = data?.[kind];
  if (!doc) {
    if (loading) {
      return <PageLoader />;
    }
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <MessagePage
        title={t(`sales.documents.${kind}`)}
        heading={t('errors.notFoundTitle')}
        body={t('errors.notFound')}
        back={`/${kind}s`}
      />
    );
  }
  const date = 'date' in doc ? doc.date : 'signedOn' in doc ? doc.signedOn : null;
  return (
    <Page
      title={t(`sales.documents.title.${kind}`, { number: doc.number })}
      back={`/${kind}s`}
      actions={
        kind === 'order' ? (
          <Button component={Link} to={`/care-cards/generate?orderId=${doc.id}`} variant="default">
            {t('care.generateFromOrder')}
          </Button>
        ) : undefined
      }
    >
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <div>
            <Text size="xs" c="dimmed">
              {t('sales.documents.number')}
            </Text>
            <Text size="sm" fw={600}>
              {doc.number}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('sales.fields.customer')}
            </Text>
            <Anchor component={Link} to={`/customers/${doc.customer.id}`} size="sm">
              {doc.customer.name}
            </Anchor>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('sales.documents.date')}
            </Text>
            <Text size="sm">{date ? formatDateVi(date) : '—'}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('sales.documents.fromQuote')}
            </Text>
            {doc.quote ? (
              <Anchor component={Link} to={`/quotes/${doc.quote.id}`} size="sm">
                {doc.quote.number}
              </Anchor>
            ) : (
              <Text size="sm">—</Text>
            )}
          </div>
        </SimpleGrid>
        <Badge mt="sm" variant="light">
          {data.order
            ? t(`sales.documents.statuses.order.${data.order.status}`)
            : data.contract
              ? t(`sales.documents.statuses.contract.${data.contract.status}`)
              : data.invoice
                ? t(`sales.documents.statuses.invoice.${data.invoice.status}`)
                : null}
        </Badge>
      </Paper>
      <Stack gap="sm">
        <DocumentLinesView lines={doc.lines} totals={doc.totals} />
      </Stack>
    </Page>
  );
}
