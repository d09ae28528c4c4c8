import { isImportModule, type ImportModule } from '@sen/shared';
import { Alert, Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../../components/page';
import { downloadFile } from '../../../lib/files';
import { uploadImport } from '../api/upload-import';

export type ImportModuleName = ImportModule;

/** A job's module as the screens name it (an unknown one reads as customers). */
export const moduleOf = (module: string): ImportModuleName => (isImportModule(module) ? module : 'customers');

export interface ImportUploadPageProps {
  module: ImportModuleName;
}

/** Step 1 of IMP-01: choose the file; the server checks it before any job exists. */
export function ImportUploadPage({ module }: ImportUploadPageProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (!file) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { jobId } = await uploadImport(module, file);
      void navigate(`/imports/${jobId}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={t(`imports.title.${module}`)}
      actions={
        <Button component={Link} to="/imports/history" variant="default">
          {t('imports.history')}
        </Button>
      }
    >
      <Stack maw={640}>
        <Text size="sm">{t('imports.uploadHint')}</Text>
        <FileInput
          label={t('imports.file')}
          placeholder={t('imports.pickFile')}
          accept=".xlsx,.xls,.ods,.csv,.txt"
          value={file}
          onChange={setFile}
          clearable
        />
        {error ? (
          <Alert color="red" role="alert" title={t('imports.uploadRefused')}>
            {error}
          </Alert>
        ) : null}
        <Group>
          <Button onClick={() => void send()} disabled={!file} loading={busy}>
            {t('imports.upload')}
          </Button>
          <Anchor
            component="button"
            type="button"
            onClick={() =>
              void downloadFile(`/files/templates/${module}.xlsx?lang=${i18n.language}`, `${module}.xlsx`)
            }
          >
            {t('imports.template')}
          </Anchor>
        </Group>
      </Stack>
    </Page>
  );
}
