import { useTranslation } from 'react-i18next';
import { errorCode } from '../../lib/errors';
import { ErrorAlert } from './error-alert';
import { MessagePage } from './message-page';
import { Page } from './page';
import { PageLoader } from './page-loader';

export interface RecordFallbackProps {
  /** The record's query: loading, its error, and `refetch` for "Thử lại". */
  query: { loading: boolean; error?: unknown; refetch: () => unknown };
  /** Something else the screen still waits for (the viewer, the form's settings). */
  waiting?: boolean;
  /** The screen's title, as in the menu. */
  title: string;
  /** The record's own "not found" sentence; a generic one by default. */
  notFound?: string;
  /** The record's list: where "Trở về" leads. */
  back: string;
}

/**
 * What a record's screen shows while it has no record: the loader, then "not found" with a way back to
 * its list, or a failure with "Thử lại". NOT_FOUND also means "not yours to see" (USR-02): the same
 * words either way.
 */
export function RecordFallback({ query, waiting, title, notFound, back }: RecordFallbackProps) {
  const { t } = useTranslation();
  const { error } = query;
  const onRetry = () => void query.refetch();
  if (query.loading || waiting) {
    return <PageLoader />;
  }
  if (error && errorCode(error) !== 'NOT_FOUND') {
    return (
      <Page title={title} back={back}>
        <ErrorAlert error={error} onRetry={onRetry} />
      </Page>
    );
  }
  return <MessagePage title={title} heading={notFound ?? t('errors.recordNotFound')} body="" back={back} />;
}
