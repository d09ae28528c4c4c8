import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignMemberStatus, CampaignStatus } from '../../../gql/graphql';

const MEMBER_COLORS: Record<CampaignMemberStatus, string> = {
  REGISTERED: 'blue',
  CONFIRMED: 'cyan',
  JOINED: 'teal',
  CANCELLED: 'gray',
};

const CAMPAIGN_COLORS: Record<CampaignStatus, string> = {
  UPCOMING: 'blue',
  RUNNING: 'teal',
  ENDED: 'gray',
};

export interface MemberStatusBadgeProps {
  status: CampaignMemberStatus;
}

export function MemberStatusBadge({ status }: MemberStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={MEMBER_COLORS[status]}>
      {t(`campaigns.memberStatus.${status}`)}
    </Badge>
  );
}

export interface CampaignStatusBadgeProps {
  status: CampaignStatus;
}

export function CampaignStatusBadge({ status }: CampaignStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={CAMPAIGN_COLORS[status]}>
      {t(`campaigns.status.${status}`)}
    </Badge>
  );
}
