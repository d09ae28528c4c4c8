import { Alert, Button, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatNumberVi } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobDetailFragment } from '../../../gql/graphql';
import { downloadFile } from '../../../lib/files';

export interface ImportResultProps {
  job: ImportJobDetailFragment;
}

/** Progress while it runs; then what was (or would be) created, updated, skipped and refused. */
export function ImportResult({ job }: ImportResultProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const percent = job.totalRows > 0 ? Math.round((job.processedRows / job.totalRows) * 100) : 0;
  const counts = [
    ['created', job.created],
    ['updated', job.updated],
    ['skipped', job.skipped],
    ['failed', job.failed],
  ] as const;
  return (
    <Stack>
      {job.status === 'RUNNING' ? (
        <Stack gap={4}>
          <Text size="sm">
            {t('imports.progress', {
              done: formatNumberVi(job.processedRows),
              total: formatNumberVi(job.totalRows),
            })}
          </Text>
          <Progress value={percent} aria-label={t('imports.progressLabel')} animated />
        </Stack>
      ) : null}
      {job.failureMessage ? (
        <Alert color="red" role="alert">
          {job.failureMessage}
        </Alert>
      ) : null}
      {job.status === 'DONE' ? (
        <Text fw={500}>{t(job.dryRun ? 'imports.dryRunDone' : 'imports.runDone')}</Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label={t('imports.counts')}>
        {counts.map(([key, n]) => (
          <Stack key={key} gap={0}>
            <Text size="xs" c="dimmed">
              {t(`imports.count.${key}`)}
            </Text>
            <Text size="xl" fw={600} c={key === 'failed' && n > 0 ? 'red' : undefined} data-count={key}>
              {formatNumberVi(n)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {job.errors.length > 0 ? (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={500}>{t('imports.firstErrors')}</Text>
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                downloadFile(
                  `/files/import/${job.id}/errors.xlsx?lang=${i18n.language}`,
                  'errors.xlsx',
                ).catch((err: Error) => setError(err.message))
              }
            >
              {t('imports.downloadErrors')}
            </Button>
          </Group>
          {error ? <Alert color="red">{error}</Alert> : null}
          <Table withTableBorder aria-label={t('imports.errorsTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.row')}</Table.Th>
                <Table.Th>{t('imports.field')}</Table.Th>
                <Table.Th>{t('imports.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.field}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{job.fields.find((f) => f.field === e.field)?.label ?? e.field}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
    </Stack>
  );
}
