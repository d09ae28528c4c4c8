import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, EmptyState, Group, Paper, Table } from '@mantine/core';
import { formatDateVi, formatVnd } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, PageLoader } from '../../../components/page';
import { graphql } from '../../../gql';
import type { CustomerSalesDocumentsQuery } from '../../../gql/graphql';

// Kept beside the tab: the sales feature owns the screens, the customer screen only lists.
export const CustomerSalesDocumentsDocument = graphql(`
  query CustomerSalesDocuments($customerId: ID!, $first: Int) {
    customerSalesDocuments(customerId: $customerId, first: $first) {
      totalCount
      nodes {
        __typename
        ... on Opportunity {
          id
          code
          name
          stage
          expectedValue
          createdAt
        }
        ... on Quote {
          id
          number
          date
          quoteStatus: status
          totals {
            total
          }
          createdAt
        }
        ... on Order {
          id
          number
          date
          orderStatus: status
          totals {
            total
          }
          createdAt
        }
        ... on Contract {
          id
          number
          signedOn
          contractStatus: status
          totals {
            total
          }
          createdAt
        }
        ... on Invoice {
          id
          number
          date
          invoiceStatus: status
          totals {
            total
          }
          createdAt
        }
        ... on Receipt {
          id
          number
          date
          amount
          createdAt
        }
      }
    }
  }
`);

type Node = CustomerSalesDocumentsQuery['customerSalesDocuments']['nodes'][number];

const PATH: Record<Node['__typename'], string> = {
  Opportunity: 'opportunities',
  Quote: 'quotes',
  Order: 'orders',
  Contract: 'contracts',
  Invoice: 'invoices',
  Receipt: 'receipts',
};

/** Where a row opens: the document's own page. */
const linkOf = (d: Node): string => `/${PATH[d.__typename]}/${d.id}`;

const labelOf = (d: Node) => (d.__typename === 'Opportunity' ? `${d.code} — ${d.name}` : d.number);

/** The document's own date (a contract's signing day), else when it was made. */
function dateOf(d: Node): string {
  if ('date' in d && d.date) {
    return d.date;
  }
  return d.__typename === 'Contract' && d.signedOn ? d.signedOn : d.createdAt;
}

/** Each kind's status label (each status comes under its own alias: their enums differ). */
function useStatusLabel() {
  const { t } = useTranslation();
  return (d: Exclude<Node, { __typename: 'Opportunity' | 'Receipt' }>): string => {
    switch (d.__typename) {
      case 'Quote':
        return t(`customers.sales.statuses.Quote.${d.quoteStatus}`);
      case 'Order':
        return t(`customers.sales.statuses.Order.${d.orderStatus}`);
      case 'Contract':
        return t(`customers.sales.statuses.Contract.${d.contractStatus}`);
      case 'Invoice':
        return t(`customers.sales.statuses.Invoice.${d.invoiceStatus}`);
      default: {
        const never: never = d;
        return String(never);
      }
    }
  };
}

export interface CustomerSalesTabProps {
  customerId: string;
}

/** CUS-10 "Chứng từ bán hàng": every kind of the customer's sales documents, newest first, each a link. */
export function CustomerSalesTab({ customerId }: CustomerSalesTabProps) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const { data, loading, error, refetch } = useQuery(CustomerSalesDocumentsDocument, {
    variables: { customerId, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const actions = (
    <Group gap="sm" mb="sm">
      <Button size="xs" variant="light" component={Link} to={`/opportunities/new?customerId=${customerId}`}>
        {t('customers.sales.newOpportunity')}
      </Button>
      <Button size="xs" variant="light" component={Link} to={`/quotes/new?customerId=${customerId}`}>
        {t('customers.sales.newQuote')}
      </Button>
      <Button size="xs" variant="light" component={Link} to={`/orders/new?customerId=${customerId}`}>
        {t('customers.sales.newOrder')}
      </Button>
      <Button size="xs" variant="light" component={Link} to={`/contracts/new?customerId=${customerId}`}>
        {t('customers.sales.newContract')}
      </Button>
    </Group>
  );
  if (!data) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const rows = data.customerSalesDocuments.nodes;
  if (rows.length === 0) {
    return (
      <Paper withBorder p="lg">
        {actions}
        <EmptyState title={t('customers.sales.empty')} py="lg" />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm">
      {actions}
      <Table aria-label={t('customers.tabs.salesDocuments')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.sales.kind')}</Table.Th>
            <Table.Th>{t('customers.sales.number')}</Table.Th>
            <Table.Th>{t('customers.sales.date')}</Table.Th>
            <Table.Th>{t('customers.sales.status')}</Table.Th>
            <Table.Th ta="right">{t('customers.sales.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={`${d.__typename}:${d.id}`}>
              <Table.Td>
                <Badge variant="light">{t(`customers.sales.kinds.${d.__typename}`)}</Badge>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={linkOf(d)}>
                  {labelOf(d)}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDateVi(dateOf(d))}</Table.Td>
              <Table.Td>
                {d.__typename === 'Opportunity'
                  ? t(`customers.sales.stages.${d.stage}`)
                  : d.__typename === 'Receipt'
                    ? ''
                    : statusLabel(d)}
              </Table.Td>
              <Table.Td ta="right">
                {d.__typename === 'Opportunity'
                  ? d.expectedValue
                    ? formatVnd(d.expectedValue)
                    : ''
                  : formatVnd(d.__typename === 'Receipt' ? d.amount : d.totals.total)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
