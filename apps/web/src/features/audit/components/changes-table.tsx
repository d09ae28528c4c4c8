import { Table, Text } from '@mantine/core';
import { formatDateTimeVi, formatDateVi, ROLES } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from './field-changes';

export interface ChangesTableProps {
  changes: FieldChange[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The changed fields of one entry: before → after. */
export function ChangesTable({ changes }: ChangesTableProps) {
  const { t, i18n } = useTranslation();

  const fieldLabel = (field: string) =>
    i18n.exists(`audit.fields.${field}`) ? t(`audit.fields.${field}` as 'audit.fields.name') : field;

  const show = (value: unknown) => {
    if (value === null || value === undefined || value === '') {
      return (
        <Text span c="dimmed" fs="italic" size="sm">
          {t('audit.empty')}
        </Text>
      );
    }
    if (typeof value === 'boolean') {
      return value ? t('common.yes') : t('common.no');
    }
    if (typeof value === 'string') {
      if ((ROLES as readonly string[]).includes(value)) {
        return t(`roles.${value as (typeof ROLES)[number]}`);
      }
      if (ISO_DATE.test(value)) {
        return formatDateVi(value);
      }
      if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
        return formatDateTimeVi(value);
      }
      return value;
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };

  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  return (
    <Table withRowBorders={false} verticalSpacing={4} maw={900} aria-label={t('audit.changes')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="25%">{t('audit.field')}</Table.Th>
          <Table.Th w="35%">{t('audit.before')}</Table.Th>
          <Table.Th w={32} aria-hidden />
          <Table.Th w="35%">{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Td fw={500}>{fieldLabel(change.field)}</Table.Td>
            <Table.Td>{show(change.from)}</Table.Td>
            <Table.Td aria-hidden>→</Table.Td>
            <Table.Td>{show(change.to)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
