import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface UserStatusBadgeProps {
  active: boolean;
}

export function UserStatusBadge({ active }: UserStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light">
      {active ? t('users.active') : t('users.inactive')}
    </Badge>
  );
}
