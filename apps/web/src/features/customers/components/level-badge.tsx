import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerLevel } from '../../../gql/graphql';

const COLORS: Record<CustomerLevel, string> = {
  NEW: 'blue',
  INTERESTED: 'orange',
  APPROACHED: 'cyan',
  SIGNED: 'teal',
  PAUSED: 'gray',
  OTHER: 'grape',
};

export interface LevelBadgeProps {
  level: CustomerLevel;
}

export function LevelBadge({ level }: LevelBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[level]} variant="light">
      {t(`customers.levels.${level}`)}
    </Badge>
  );
}
