import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { MessagePage } from '../components/page';
import { AppServices } from './app-services';
import { AppLayout } from './layout/app-layout';
import { SessionGate, useSession } from './session';

export { RequireRole } from './require-role';

/**
 * Everything behind the login: the GraphQL client, the session, the layout with its menu and
 * header. A chunk of its own, fetched once the login page has shown (at once for a signed-in
 * visitor), so the login page carries none of it.
 */
export function SignedInShell() {
  return (
    <AppServices>
      <SessionGate>
        <AppLayout />
      </SessionGate>
    </AppServices>
  );
}

/**
 * Managers and admins land on the dashboard (REP-02); everyone else on their customers. Once: while
 * the landing screen's code loads, the address is still "/", and a `<Navigate>` rendered again then
 * (the router's state changes when the user clicks a menu entry meanwhile) took the user back to
 * the landing screen instead of where they clicked.
 */
export function HomeRedirect() {
  const role = useSession().role;
  const navigate = useNavigate();
  const sent = useRef(false);
  useEffect(() => {
    if (!sent.current) {
      sent.current = true;
      void navigate(role === 'STAFF' ? '/customers' : '/reports/overview', { replace: true });
    }
  }, [navigate, role]);
  return null;
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('errors.notFoundTitle')}
      heading={t('errors.notFoundTitle')}
      body={t('errors.notFound')}
    />
  );
}
