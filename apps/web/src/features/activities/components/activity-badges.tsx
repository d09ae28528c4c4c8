import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../gql/graphql';

const COLORS: Record<ActivityStatus, string> = {
  PLANNED: 'blue',
  IN_PROGRESS: 'orange',
  DONE: 'teal',
  CANCELLED: 'gray',
};

export interface StatusBadgeProps {
  status: ActivityStatus;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none">
      {t(`activities.statuses.${status}`)}
    </Badge>
  );
}
