import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../components/page';
import { ContactsTrash } from '../features/contacts/routes';
import { CustomersTrash } from '../features/customers/routes';

/** Thùng rác: deleted customers and contacts, side by side; the features own their halves. */
export function TrashPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'contacts' ? 'contacts' : 'customers';
  return (
    <Page title={t('trash.title')}>
      <Tabs
        value={tab}
        onChange={(next) => setParams(next === 'contacts' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="customers">{t('trash.customers')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('trash.contacts')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="customers" pt="md">
          <Stack gap="sm">
            <CustomersTrash />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <Stack gap="sm">
            <ContactsTrash />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
