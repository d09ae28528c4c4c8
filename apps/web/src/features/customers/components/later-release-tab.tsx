import { EmptyState, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LaterReleaseTabProps {
  /** What the tab will hold, said plainly. */
  body: string;
}

/** A CUS-10 tab whose module comes in a later release: it says so rather than showing an empty list. */
export function LaterReleaseTab({ body }: LaterReleaseTabProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <EmptyState title={t('customers.later.title')} description={body} py="lg" />
    </Paper>
  );
}
