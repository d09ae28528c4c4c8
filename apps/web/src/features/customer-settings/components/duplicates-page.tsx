import { Stack, Tabs, Text } from '@mantine/core';
import { FIELD_RULE_MODULES, RULE_FIELDS } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page';
import { FieldRulesTable } from './field-rules-table';

/** The modules with fields an admin can set (a care card's code is always unique, nothing else). */
const MODULES = FIELD_RULE_MODULES.filter((m) => RULE_FIELDS[m].length > 0);

/** Cài đặt → Thiết lập trùng lặp dữ liệu (DUP-01), admin only. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('customerSettings.duplicatesTitle')}>
      <Text size="sm" c="dimmed" maw={880}>
        {t('customerSettings.duplicatesIntro')}
      </Text>
      <Tabs defaultValue={MODULES[0]} keepMounted={false}>
        <Tabs.List>
          {MODULES.map((m) => (
            <Tabs.Tab key={m} value={m}>
              {t(`customerSettings.modules.${m}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {MODULES.map((m) => (
          <Tabs.Panel key={m} value={m} pt="md">
            <Stack gap="sm">
              <FieldRulesTable module={m} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
