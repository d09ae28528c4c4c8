import { Button, NumberInput, Paper, Table, TextInput } from '@mantine/core';
import { documentNumberingSchema } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader, useErrorMessage } from '../../../components/page';
import type { DocumentNumberingQuery } from '../../../gql/graphql';
import { useDocumentNumbering } from '../api/document-numbering';
import { useUpdateDocumentNumbering } from '../api/update-document-numbering';
import { notifyDone, notifyFailed } from '../../../lib/notify';

type Row = DocumentNumberingQuery['documentNumbering'][number];

const example = (prefix: string, width: number, next: number) =>
  `${prefix}${String(next).padStart(width, '0')}`;

function NumberingRow({ row }: { row: Row }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [prefix, setPrefix] = useState(row.prefix);
  const [width, setWidth] = useState<number>(row.width);
  const [update, { loading }] = useUpdateDocumentNumbering();
  const parsed = documentNumberingSchema.safeParse({ prefix, width });
  const changed = prefix !== row.prefix || width !== row.width;
  const kind = t(`sales.numbering.kinds.${row.kind}`);
  return (
    <Table.Tr>
      <Table.Td>{kind}</Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('sales.numbering.prefixOf', { kind })}
          value={prefix}
          onChange={(e) => setPrefix(e.currentTarget.value)}
          error={parsed.success ? undefined : t('sales.numbering.invalid')}
          w={140}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={t('sales.numbering.widthOf', { kind })}
          min={1}
          max={12}
          allowDecimal={false}
          value={width}
          onChange={(v) => setWidth(Number(v) || 0)}
          w={90}
        />
      </Table.Td>
      <Table.Td>{row.next}</Table.Td>
      <Table.Td ff="monospace">{example(prefix, Math.max(1, Math.min(12, width || 1)), row.next)}</Table.Td>
      <Table.Td>
        <Button
          size="xs"
          disabled={!changed || !parsed.success}
          loading={loading}
          onClick={async () => {
            try {
              await update({ variables: { kind: row.kind, prefix: prefix.trim(), width } });
              notifyDone(t('sales.numbering.saved', { kind }));
            } catch (e) {
              notifyFailed(errorMessage(e));
            }
          }}
        >
          {t('common.save')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Cài đặt → Đánh số chứng từ: prefix and width per document kind; numbers already given stay. */
export function NumberingPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useDocumentNumbering();
  if (!data) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  return (
    <Page title={t('sales.numbering.title')} subtitle={t('sales.numbering.subtitle')}>
      <Paper withBorder maw={900}>
        <Table aria-label={t('sales.numbering.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sales.numbering.kind')}</Table.Th>
              <Table.Th>{t('sales.numbering.prefix')}</Table.Th>
              <Table.Th>{t('sales.numbering.width')}</Table.Th>
              <Table.Th>{t('sales.numbering.next')}</Table.Th>
              <Table.Th>{t('sales.numbering.example')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.documentNumbering.map((row) => (
              <NumberingRow key={`${row.kind}:${row.prefix}:${row.width}`} row={row} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Page>
  );
}
