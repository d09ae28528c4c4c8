import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import type { CategoryKind } from '../../../gql/graphql';
import { CategoryList } from './category-list';

const KINDS: CategoryKind[] = [
  'SCALE',
  'INDUSTRY',
  'SOURCE',
  'CUSTOMER_GROUP',
  'CONTACT_GROUP',
  'CONTACT_STATUS',
  'PRODUCT_GROUP',
  'CARE_CHANNEL',
  'CARE_SATISFACTION',
];

function isKind(value: string | null): value is CategoryKind {
  return (KINDS as (string | null)[]).includes(value);
}

/** Cài đặt khách hàng → Danh mục (CUS-12, seed 002). */
export function CategoriesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('kind');
  const kind: CategoryKind = isKind(raw) ? raw : 'SCALE';

  return (
    <Page title={t('customerSettings.categoriesTitle')} subtitle={t('customerSettings.categoriesSubtitle')}>
      <Tabs
        value={kind}
        onChange={(next) => next && setParams({ kind: next }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {KINDS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`customerSettings.kinds.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {KINDS.map((k) => (
          <Tabs.Panel key={k} value={k} pt="md">
            <Stack gap="sm" maw={720}>
              <CategoryList kind={k} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
