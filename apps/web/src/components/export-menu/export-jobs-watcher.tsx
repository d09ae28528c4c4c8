import { useQuery } from '@apollo/client/react';
import { Button, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJobsQuery } from '../../gql/graphql';
import { downloadFile } from '../../lib/files';
import { ExportJobsDocument, markExportSeen, seenExports, watchedExports, watchExport } from './export-jobs';

type Job = ExportJobsQuery['exportJobs'][number];

/**
 * each background export this tab started (or saw running) as a notification with its progress bar, on whatever
 * page they are, and the download button once the file is ready (kept a day on the server).
 */
export function ExportJobsWatcher() {
  const { data, startPolling, stopPolling } = useQuery(ExportJobsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const jobs = useMemo(() => data?.exportJobs ?? [], [data]);
  const running = jobs.some((j) => j.status === 'RUNNING');

  useEffect(() => {
    if (running) {
      startPolling(1000);
    } else {
      stopPolling();
    }
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  useEffect(() => {
    const dismissed = seenExports();
    for (const job of jobs) {
      if (job.status === 'RUNNING') {
        watchExport(job.id);
      }
      if (!watchedExports().has(job.id) || dismissed.has(job.id)) {
        notifications.hide(job.id);
        continue;
      }
      const shown = {
        id: job.id,
        title: job.fileName,
        message: <JobProgress job={job} />,
        color: job.status === 'FAILED' ? 'red' : job.status === 'DONE' ? 'teal' : 'blue',
        autoClose: false as const,
        // Out of the way of the header and the page's actions while it waits for the user.
        position: 'bottom-right' as const,
        withCloseButton: job.status !== 'RUNNING',
        onClose: () => markExportSeen(job.id),
      };
      // `update` only changes a notification that is shown; `show` ignores one already there.
      notifications.update(shown);
      notifications.show(shown);
    }
  }, [jobs]);

  return null;
}

function JobProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  if (job.status === 'FAILED') {
    return <Text size="sm">{job.error ?? t('exports.failed')}</Text>;
  }
  if (job.status === 'DONE') {
    return (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{t('exports.ready', { count: job.processedRows })}</Text>
        <Button
          size="xs"
          onClick={() => {
            void downloadFile(job.downloadUrl!, job.fileName).then(() => {
              markExportSeen(job.id);
              notifications.hide(job.id);
            });
          }}
        >
          {t('exports.download')}
        </Button>
      </Stack>
    );
  }
  const total = job.totalRows ?? 0;
  const percent = total > 0 ? Math.min(99, Math.floor((job.processedRows * 100) / total)) : 0;
  return (
    <Stack gap={6}>
      <Text size="sm">
        {total > 0
          ? t('exports.progress', { done: job.processedRows, total })
          : t('exports.progressNoTotal', { done: job.processedRows })}
      </Text>
      <Progress value={percent} animated aria-label={t('exports.progressLabel', { name: job.fileName })} />
      <Text size="xs" c="dimmed">
        {t('exports.leaveHint')}
      </Text>
    </Stack>
  );
}
