import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorAlert, PageLoader } from '../components/page';
import { setUiLanguage } from '../i18n';
import { useLogoutMutation } from '../features/auth/api/logout';
import { clearSignedIn, maybeSignedIn } from '../lib/signed-in';
import { useMe, useViewer, ViewerContext, type Viewer } from '../lib/viewer';

export type SessionUser = Viewer;

/** The signed-in user; only inside <SessionGate>. */
export const useSession = useViewer;

export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useLogoutMutation();
  return useCallback(async () => {
    // The server ends the session and clears its cookie; signed out here even if it cannot be reached.
    await logout().catch(() => undefined);
    clearSignedIn();
    // Leave the signed-in screens first, so none of them refetches into an empty cache.
    await navigate('/login', { replace: true });
    await client.clearStore();
  }, [client, logout, navigate]);
}

export interface SessionGateProps {
  children: ReactNode;
}

function LoadSession({ children }: SessionGateProps) {
  const { data, loading, error, refetch } = useMe();
  const language = data?.me.language;

  useEffect(() => {
    // The UI speaks the user's saved language, on every device they use.
    if (language) {
      void setUiLanguage(language === 'EN' ? 'en' : 'vi');
    }
  }, [language]);

  if (data) {
    return <ViewerContext value={data.me}>{children}</ViewerContext>;
  }
  if (loading) {
    return <PageLoader />;
  }
  return <ErrorAlert error={error} onRetry={() => void refetch()} />;
}

/** Sends a visitor who never signed in here to /login, then loads `me` for everything below. */
export function SessionGate({ children }: SessionGateProps) {
  const location = useLocation();
  if (!maybeSignedIn()) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <LoadSession>{children}</LoadSession>;
}
