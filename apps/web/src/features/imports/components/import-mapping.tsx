import { Checkbox, Radio, Select, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobDetailFragment, ImportMode } from '../../../gql/graphql';

export interface ImportSettings {
  mapping: Record<string, string | null>;
  mode: ImportMode;
  convertOldMobilePrefixes: boolean;
}

export interface ImportMappingProps {
  job: ImportJobDetailFragment;
  value: ImportSettings;
  onChange: (value: ImportSettings) => void;
  disabled: boolean;
}

export const IMPORT_MODES: ImportMode[] = ['CREATE_ONLY', 'SKIP_DUPLICATES', 'UPDATE_DUPLICATES'];

/** Step 2: each file column → a field (auto-matched by header, editable), the mode, X-09 options. */
export function ImportMapping({ job, value, onChange, disabled }: ImportMappingProps) {
  const { t } = useTranslation();
  const options = job.fields.map((f) => ({ value: f.field, label: `${f.label}${f.required ? ' *' : ''}` }));
  return (
    <Stack>
      <Table withTableBorder aria-label={t('imports.mapping')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.column')}</Table.Th>
            <Table.Th>{t('imports.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {job.columns.map((column) => (
            <Table.Tr key={column}>
              <Table.Td>{column}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('imports.fieldFor', { column })}
                  data={options}
                  value={value.mapping[column] ?? null}
                  placeholder={t('imports.ignore')}
                  clearable
                  disabled={disabled}
                  onChange={(field) => onChange({ ...value, mapping: { ...value.mapping, [column]: field } })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Radio.Group
        label={t('imports.mode')}
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode: mode as ImportMode })}
      >
        <Stack gap="xs" mt="xs">
          {IMPORT_MODES.map((m) => (
            <Radio
              key={m}
              value={m}
              label={t(`imports.modes.${m}`)}
              description={m === 'UPDATE_DUPLICATES' ? t('imports.updateHint') : undefined}
              disabled={disabled}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox
        label={t('imports.convertOldMobile')}
        checked={value.convertOldMobilePrefixes}
        disabled={disabled}
        onChange={(e) => onChange({ ...value, convertOldMobilePrefixes: e.currentTarget.checked })}
      />
    </Stack>
  );
}
