import { Badge, Box, Button, Tabs } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useConfirm } from '../../../components/confirm';
import { Page, PageLoader, useErrorMessage, RecordFallback } from '../../../components/page';
import { useCloneCustomer } from '../api/clone-customer';
import { useCustomer } from '../api/customer';
import { useDeleteCustomersAction } from '../hooks/use-delete-customers';
import { CustomerActivitiesTab } from './customer-activities-tab';
import { CustomerCampaignsTab } from './customer-campaigns-tab';
import { CustomerContactsTab } from './customer-contacts-tab';
import { CustomerHistoryTab } from './customer-history-tab';
import { CustomerInfoTab } from './customer-info-tab';
import { CustomerSalesTab } from './customer-sales-tab';
import { LaterReleaseTab } from './later-release-tab';
import { LevelBadge } from './level-badge';
import { TransferDialog } from './transfer-dialog';
import { notifyDone, notifyFailed } from '../../../lib/notify';

const TABS = [
  'info',
  'contacts',
  'activities',
  'campaigns',
  'salesDocuments',
  'debt',
  'documents',
  'history',
] as const;
type Tab = (typeof TABS)[number];
const LATER = ['documents'] as const;

// The money screens' own chunk, fetched when the tab is first opened.
const CustomerDebtTab = lazy(() => import('../../money/debts').then((m) => ({ default: m.CustomerDebtTab })));

function isTab(value: string | null): value is Tab {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** The customer screen of CUS-10: header actions and the tabs. */
export function CustomerDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const rawTab = params.get('tab');
  const tab: Tab = isTab(rawTab) ? rawTab : 'info';
  const { data, loading, error, refetch } = useCustomer(id);
  const [cloneCustomer, { loading: cloning }] = useCloneCustomer();
  const deleteCustomers = useDeleteCustomersAction();
  const [assigning, setAssigning] = useState(false);

  const customer = data?.customer;
  if (!customer) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        title={t('customers.title')}
        notFound={t('customers.notFound')}
        back="/customers"
      />
    );
  }
  const clone = async () => {
    const yes = await confirm({
      title: t('customers.cloneTitle'),
      message: t('customers.cloneConfirm', { name: customer.name }),
    });
    if (!yes) {
      return;
    }
    try {
      const { data: cloned } = await cloneCustomer({ variables: { id: customer.id } });
      if (cloned) {
        notifyDone(t('customers.cloned', { name: cloned.cloneCustomer.name }));
        void navigate(`/customers/${cloned.cloneCustomer.id}/edit`);
      }
    } catch (failure) {
      notifyFailed(errorMessage(failure));
    }
  };

  return (
    <Page
      back="/customers"
      title={customer.name}
      subtitle={`${customer.code} · ${t('customers.fields.owner')}: ${customer.owner.name}`}
      actions={
        <>
          <LevelBadge level={customer.level} />
          <Button variant="default" onClick={() => setAssigning(true)}>
            {t('customers.actions.assign')}
          </Button>
          <Button
            variant="default"
            component={Link}
            to={`/contacts/new?customerId=${customer.id}&back=${encodeURIComponent(`/customers/${customer.id}?tab=contacts`)}`}
          >
            {t('customers.actions.addContact')}
          </Button>
          <Button
            variant="default"
            component={Link}
            to={`/activities/new?customerId=${customer.id}&back=${encodeURIComponent(`/customers/${customer.id}?tab=activities`)}`}
          >
            {t('activities.customerTab.add')}
          </Button>
          <Button variant="default" onClick={() => void clone()} loading={cloning}>
            {t('customers.actions.clone')}
          </Button>
          <Button component={Link} to={`/customers/${customer.id}/edit`}>
            {t('customers.actions.edit')}
          </Button>
          <Button
            color="red"
            variant="light"
            onClick={async () => {
              if (await deleteCustomers([customer])) {
                void navigate('/customers');
              }
            }}
          >
            {t('customers.actions.delete')}
          </Button>
        </>
      }
    >
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'info' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab
              key={key}
              value={key}
              rightSection={
                key === 'contacts' ? (
                  <Badge size="sm" variant="light" color="gray">
                    {customer.contactCount}
                  </Badge>
                ) : null
              }
            >
              {t(`customers.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Box mt="md">
          <Tabs.Panel value="info">
            <CustomerInfoTab customer={customer} />
          </Tabs.Panel>
          <Tabs.Panel value="contacts">
            <CustomerContactsTab customerId={customer.id} />
          </Tabs.Panel>
          {LATER.map((key) => (
            <Tabs.Panel key={key} value={key}>
              <LaterReleaseTab body={t(`customers.later.${key}`)} />
            </Tabs.Panel>
          ))}
          <Tabs.Panel value="activities">
            <CustomerActivitiesTab customerId={customer.id} />
          </Tabs.Panel>
          <Tabs.Panel value="campaigns">
            <CustomerCampaignsTab customerId={customer.id} />
          </Tabs.Panel>
          <Tabs.Panel value="debt">
            <Suspense fallback={<PageLoader />}>
              <CustomerDebtTab customerId={customer.id} />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="salesDocuments">
            <CustomerSalesTab customerId={customer.id} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <CustomerHistoryTab customerId={customer.id} />
          </Tabs.Panel>
        </Box>
      </Tabs>
      {assigning ? (
        <TransferDialog
          customerIds={[customer.id]}
          currentOwnerId={customer.owner.id}
          title={t('customers.transferDialog.assignTitle')}
          onClose={() => setAssigning(false)}
          onDone={() => void refetch().catch(() => navigate('/customers'))}
        />
      ) : null}
    </Page>
  );
}
