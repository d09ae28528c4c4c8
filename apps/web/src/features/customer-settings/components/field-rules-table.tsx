import { Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { hasMessage, RULE_FIELDS, translate, type FieldRuleModule } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../components/page';
import type { FieldRuleSettingsQuery } from '../../../gql/graphql';
import { isUiLanguage } from '../../../i18n';
import { useFieldRuleSettings } from '../api/field-rule-settings';
import { useSetFieldRules } from '../api/set-field-rules';
import { notifyDone } from '../../../lib/notify';

type Rules = Record<string, { required: boolean; unique: boolean }>;

/** The name of a record is required by the schema itself, whatever the settings say. */
const ALWAYS_REQUIRED = new Set(['name']);

function rulesOf(data: FieldRuleSettingsQuery): Rules {
  const rules: Rules = {};
  for (const f of data.fieldRuleFields) {
    const rule = data.fieldRules.find((r) => r.field === f.field);
    rules[f.field] = {
      required: ALWAYS_REQUIRED.has(f.field) || Boolean(rule?.required),
      unique: f.canBeUnique && Boolean(rule?.unique),
    };
  }
  return rules;
}

export interface FieldRulesTableProps {
  module: FieldRuleModule;
}

/** Tích "Bắt buộc" / "Kiểm tra trùng" per field → Cập nhật (DUP-01, seed 001). */
export function FieldRulesTable({ module }: FieldRulesTableProps) {
  const { data, loading, error, refetch } = useFieldRuleSettings(module);
  if (!data) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  return <RulesForm key={JSON.stringify(data.fieldRules)} module={module} data={data} />;
}

interface RulesFormProps {
  module: FieldRuleModule;
  data: FieldRuleSettingsQuery;
}

function RulesForm({ module, data }: RulesFormProps) {
  const { t, i18n } = useTranslation();
  const [rules, setRules] = useState<Rules>(() => rulesOf(data));
  const [saveRules, { loading, error }] = useSetFieldRules();
  const moduleLabel = t(`customerSettings.modules.${module}`);
  const language = isUiLanguage(i18n.language) ? i18n.language : 'vi';
  // The shared catalogue names each field in both languages; the server's label is the fallback.
  const label = (field: string, fallback: string) => {
    const key = RULE_FIELDS[module].find((f) => f.field === field)?.label;
    return key && hasMessage(key) ? translate(language, key) : fallback;
  };
  const set = (field: string, patch: Partial<Rules[string]>) =>
    setRules((r) => ({ ...r, [field]: { ...r[field], ...patch } }));

  const save = async () => {
    const input = data.fieldRuleFields.map((f) => ({ field: f.field, ...rules[f.field] }));
    const result = await saveRules({ variables: { module, rules: input } }).catch(() => null);
    if (result?.data) {
      notifyDone(t('customerSettings.rulesSaved', { module: moduleLabel }));
    }
  };

  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <Table
        withTableBorder
        striped
        maw={720}
        aria-label={t('customerSettings.rulesLabel', { module: moduleLabel })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customerSettings.field')}</Table.Th>
            <Table.Th w={160}>{t('customerSettings.required')}</Table.Th>
            <Table.Th w={160}>{t('customerSettings.unique')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.fieldRuleFields.map((f) => {
            const name = label(f.field, f.label);
            const always = ALWAYS_REQUIRED.has(f.field);
            return (
              <Table.Tr key={f.field}>
                <Table.Td>
                  {name}
                  {always ? (
                    <Text span size="xs" c="dimmed" ml="xs">
                      ({t('customerSettings.alwaysRequired')})
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('customerSettings.required')}: ${name}`}
                    checked={rules[f.field]?.required ?? false}
                    disabled={always}
                    onChange={(event) => set(f.field, { required: event.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('customerSettings.unique')}: ${name}`}
                    title={f.canBeUnique ? undefined : t('customerSettings.notCheckable')}
                    checked={rules[f.field]?.unique ?? false}
                    disabled={!f.canBeUnique}
                    onChange={(event) => set(f.field, { unique: event.currentTarget.checked })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group>
        <Button loading={loading} onClick={() => void save()}>
          {t('common.update')}
        </Button>
      </Group>
    </>
  );
}
