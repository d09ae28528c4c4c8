import { ServerError } from '@apollo/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { serverMessage } from '../../lib/errors';

/** The text to show for a failure: the server's translated message, else a translated fallback. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const fromServer = serverMessage(error);
      if (fromServer) {
        return fromServer;
      }
      if (ServerError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message))) {
        return t('errors.network');
      }
      return t('errors.unexpected');
    },
    [t],
  );
}
