import type { Role } from '@sen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MessagePage } from '../components/page';
import { canSee } from './navigation';
import { useSession } from './session';

export interface RequireRoleProps {
  roles: readonly Role[];
  children: ReactNode;
}

/** The server refuses anyway; this keeps a user from a screen that could only show errors. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  if (!canSee(roles, role)) {
    return (
      <MessagePage
        title={t('errors.forbiddenTitle')}
        heading={t('errors.forbiddenTitle')}
        body={t('errors.forbidden')}
      />
    );
  }
  return children;
}
