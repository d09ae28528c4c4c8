import { Stack, Tabs, Text } from '@mantine/core';
import { FIELD_RULE_MODULES } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page';
import { FieldRulesTable } from './field-rules-table';

/** Cài đặt → Thiết lập trùng lặp dữ liệu (DUP-01), admin only. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('customerSettings.duplicatesTitle')}>
      <Text size="sm" c="dimmed" maw={880}>
        {t('customerSettings.duplicatesIntro')}
      </Text>
      <Tabs defaultValue={FIELD_RULE_MODULES[0]} keepMounted={false}>
        <Tabs.List>
          {FIELD_RULE_MODULES.map((m) => (
            <Tabs.Tab key={m} value={m}>
              {t(`customerSettings.modules.${m}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {FIELD_RULE_MODULES.map((m) => (
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
