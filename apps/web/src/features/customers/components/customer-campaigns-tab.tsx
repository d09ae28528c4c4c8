import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, EmptyState, Paper, Table } from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, PageLoader } from '../../../components/page';
import { graphql } from '../../../gql';

// Kept beside the tab: the campaigns feature owns its screens, the customer screen only lists.
export const CustomerCampaignsDocument = graphql(`
  query CustomerCampaigns($customerId: ID!) {
    customerCampaigns(customerId: $customerId) {
      id
      status
      joinedAt
      campaign {
        id
        code
        name
        startDate
        endDate
      }
    }
  }
`);

export interface CustomerCampaignsTabProps {
  customerId: string;
}

/** CUS-10 "Chiến dịch": the campaigns the customer is in, with their status in each. */
export function CustomerCampaignsTab({ customerId }: CustomerCampaignsTabProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CustomerCampaignsDocument, {
    variables: { customerId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const rows = data.customerCampaigns;
  if (rows.length === 0) {
    return (
      <Paper withBorder p="lg">
        <EmptyState title={t('campaigns.customerTab.empty')} py="lg" />
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table aria-label={t('campaigns.customerTab.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.fields.code')}</Table.Th>
            <Table.Th>{t('campaigns.fields.name')}</Table.Th>
            <Table.Th>{t('campaigns.fields.startDate')}</Table.Th>
            <Table.Th>{t('campaigns.memberFields.status')}</Table.Th>
            <Table.Th>{t('campaigns.memberFields.joinedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.campaign.code}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/campaigns/${m.campaign.id}`}>
                  {m.campaign.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDateVi(m.campaign.startDate)}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`campaigns.memberStatus.${m.status}`)}</Badge>
              </Table.Td>
              <Table.Td>{formatDateVi(m.joinedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
