import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Page, PageLoader } from '../../../components/page';
import type { ImportJobDetailFragment } from '../../../gql/graphql';
import { useImportJob } from '../api/import-job';
import { useRunImport } from '../api/run-import';
import { ImportMapping, type ImportSettings } from './import-mapping';
import { ImportResult } from './import-result';
import { moduleOf } from './import-upload-page';

function initialSettings(job: ImportJobDetailFragment): ImportSettings {
  const mapping = job.mapping ?? job.suggestedMapping;
  return {
    mapping: Object.fromEntries(mapping.map((m) => [m.column, m.field ?? null])),
    mode: job.mode ?? 'SKIP_DUPLICATES',
    convertOldMobilePrefixes: job.convertOldMobilePrefixes,
  };
}

/** Steps 2–4 of IMP-01 on one page: map, dry run ("Kiểm tra"), run; it polls while the job runs. */
export function ImportJobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, startPolling, stopPolling } = useImportJob(id);
  const [run, running] = useRunImport();
  const [edited, setSettings] = useState<ImportSettings | null>(null);
  const job = data?.importJob ?? null;
  const settings = edited ?? (job ? initialSettings(job) : null);

  useEffect(() => {
    if (job?.status === 'RUNNING') {
      startPolling(700);
    } else {
      stopPolling();
    }
  }, [job?.status, startPolling, stopPolling]);

  if (error && !job) {
    return <ErrorAlert error={error} />;
  }
  if (!job || !settings) {
    return <PageLoader />;
  }
  const editable =
    job.status === 'UPLOADED' ||
    (job.status === 'DONE' && job.dryRun) ||
    (job.status === 'FAILED' && !job.resumable);
  const start = (dryRun: boolean) =>
    run({
      variables: {
        jobId: job.id,
        mapping: job.columns.map((column) => ({ column, field: settings.mapping[column] ?? null })),
        mode: settings.mode,
        dryRun,
        convertOldMobilePrefixes: settings.convertOldMobilePrefixes,
      },
    }).catch(() => undefined);

  return (
    <Page
      title={t(`imports.title.${moduleOf(job.module)}`)}
      subtitle={t('imports.fileInfo', { file: job.fileName, count: job.totalRows })}
      actions={
        <Button component={Link} to="/imports/history" variant="default">
          {t('imports.history')}
        </Button>
      }
    >
      <Group>
        <Badge variant="light">{t(`imports.statuses.${job.status}`)}</Badge>
        {job.dryRun ? <Badge variant="outline">{t('imports.dryRun')}</Badge> : null}
      </Group>
      <ImportMapping job={job} value={settings} onChange={setSettings} disabled={!editable} />
      {running.error ? (
        <Alert color="red" role="alert">
          {running.error.message}
        </Alert>
      ) : null}
      <Group>
        {editable ? (
          <>
            <Button variant="default" onClick={() => void start(true)} loading={running.loading}>
              {t('imports.check')}
            </Button>
            <Button onClick={() => void start(false)} loading={running.loading}>
              {t('imports.run')}
            </Button>
          </>
        ) : null}
        {job.resumable ? (
          <Button onClick={() => void start(false)} loading={running.loading}>
            {t('imports.resume')}
          </Button>
        ) : null}
        {job.status === 'DONE' && !job.dryRun ? (
          <Button component={Link} to={`/${moduleOf(job.module)}`} variant="default">
            {t('imports.backToList')}
          </Button>
        ) : null}
      </Group>
      <Stack>
        {job.status !== 'UPLOADED' ? (
          <ImportResult job={job} />
        ) : (
          <Text size="sm">{t('imports.readyHint')}</Text>
        )}
      </Stack>
    </Page>
  );
}
