import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorAlert, PageLoader } from '../components/page';
import { useMe } from '../features/auth/api/me';
import type { MeQuery } from '../gql/graphql';
import { setUiLanguage } from '../i18n';
import { useLogoutMutation } from '../features/auth/api/logout';
import { clearSignedIn, maybeSignedIn } from '../lib/signed-in';

export type SessionUser = MeQuery['me'];

const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user; only inside <SessionGate>. */
export function useSession(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) {
    throw new Error('useSession needs a <SessionGate> above it');
  }
  return user;
}

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
    return <SessionContext value={data.me}>{children}</SessionContext>;
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
