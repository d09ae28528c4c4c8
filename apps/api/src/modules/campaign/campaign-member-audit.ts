import { CAMPAIGN_MEMBER_STATUS_VI, type CampaignMemberStatus } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import type { Campaign } from './campaign.entity';

export interface LockedMember {
  id: string;
  campaign_id: string;
  status: CampaignMemberStatus;
  customer_id: string;
}

/** Up to this many members, each move gets its own audit entry (who, which customer, from → to). */
export const PER_MEMBER_AUDIT = 200;

/**
 * The audit entries of a status change. A larger bulk change writes one entry per campaign with
 * the counts: its per-member detail (time, user, from → to) is in `campaign_member_event`, and ten
 * thousand near-identical log lines would bury everything else (and cost seconds to index).
 */
export async function recordStatusChanges(
  m: EntityManager,
  audit: AuditService,
  caller: AuthUser,
  campaigns: Map<string, Campaign>,
  rows: LockedMember[],
  to: CampaignMemberStatus,
): Promise<void> {
  if (rows.length <= PER_MEMBER_AUDIT) {
    const names: { id: string; name: string }[] = await m.query(
      'SELECT id, name FROM customer WHERE id = ANY($1::uuid[])',
      [rows.map((r) => r.customer_id)],
    );
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    await audit.recordMany(
      m,
      rows.map((r) => ({
        action: 'STATUS_CHANGE' as const,
        module: 'campaign' as const,
        recordId: r.id,
        userId: caller.id,
        description: auditText('campaign.memberStatus', {
          campaign: campaigns.get(r.campaign_id)!.name,
          name: nameOf.get(r.customer_id) ?? '',
          from: r.status,
          to,
          fromVi: CAMPAIGN_MEMBER_STATUS_VI[r.status],
          toVi: CAMPAIGN_MEMBER_STATUS_VI[to],
        }),
        changes: { status: { from: r.status, to } },
      })),
    );
    return;
  }
  for (const campaign of campaigns.values()) {
    const mine = rows.filter((r) => r.campaign_id === campaign.id);
    const from: Partial<Record<CampaignMemberStatus, number>> = {};
    for (const r of mine) {
      from[r.status] = (from[r.status] ?? 0) + 1;
    }
    await audit.record(m, {
      action: 'STATUS_CHANGE',
      module: 'campaign',
      recordId: campaign.id,
      userId: caller.id,
      description: auditText('campaign.bulkStatus', {
        campaign: campaign.name,
        count: mine.length,
        to,
        toVi: CAMPAIGN_MEMBER_STATUS_VI[to],
      }),
      changes: { status: { from, to: { [to]: mine.length } } },
    });
  }
}
