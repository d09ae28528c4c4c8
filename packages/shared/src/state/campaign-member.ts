import { AppError } from '../errors';

export const CAMPAIGN_MEMBER_STATUSES = ['REGISTERED', 'CONFIRMED', 'JOINED', 'CANCELLED'] as const;
export type CampaignMemberStatus = (typeof CAMPAIGN_MEMBER_STATUSES)[number];

export const CAMPAIGN_MEMBER_STATUS_VI: Readonly<Record<CampaignMemberStatus, string>> = {
  REGISTERED: 'Đăng kí',
  CONFIRMED: 'Xác nhận',
  JOINED: 'Tham gia',
  CANCELLED: 'Hủy',
};

/** CMP-06. Staying in the same status is not a move, so no status lists itself. */
const TRANSITIONS: Readonly<Record<CampaignMemberStatus, readonly CampaignMemberStatus[]>> = {
  REGISTERED: ['CONFIRMED', 'JOINED', 'CANCELLED'],
  CONFIRMED: ['JOINED', 'CANCELLED'],
  JOINED: ['CANCELLED'],
  CANCELLED: [],
};

export function allowedTargets(from: CampaignMemberStatus): readonly CampaignMemberStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: CampaignMemberStatus, to: CampaignMemberStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Targets a bulk change may offer: allowed for every ticked member; none when nothing is ticked. */
export function commonTargets(froms: readonly CampaignMemberStatus[]): readonly CampaignMemberStatus[] {
  if (froms.length === 0) {
    return [];
  }
  return CAMPAIGN_MEMBER_STATUSES.filter((to) => froms.every((from) => canTransition(from, to)));
}

export function assertTransition(from: CampaignMemberStatus, to: CampaignMemberStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('INVALID_TRANSITION', {
      params: { from, to },
      details: { from, to, allowed: [...allowedTargets(from)] },
    });
  }
}

export interface CampaignMemberTotals {
  registered: number;
  confirmed: number;
  joined: number;
  cancelled: number;
}

/**
 * CMP-07 totals from the members' current statuses. They are cumulative: everyone counts as
 * registered, and a joined member also counts as confirmed. Missing statuses count as 0.
 */
export function cumulativeTotals(
  counts: Partial<Record<CampaignMemberStatus, number>>,
): CampaignMemberTotals {
  const registered = counts.REGISTERED ?? 0;
  const confirmed = counts.CONFIRMED ?? 0;
  const joined = counts.JOINED ?? 0;
  const cancelled = counts.CANCELLED ?? 0;
  return {
    registered: registered + confirmed + joined + cancelled,
    confirmed: confirmed + joined,
    joined,
    cancelled,
  };
}
