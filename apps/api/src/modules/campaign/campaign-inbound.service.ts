import {
  AppError,
  CAMPAIGN_MEMBER_STATUS_VI,
  campaignRegistrationSchema,
  normalizePhone,
  parseInput,
} from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { actingAs, type AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { AttemptLimit } from '../../core/attempt-limit';
import type { CustomerService } from '../customer/customer.service';
import { User } from '../user/user.entity';
import { todayVi } from './campaign-access';
import type { Campaign, CampaignMember } from './campaign.entity';
import type { CampaignRegistrationInput } from './campaign.inputs';
import type { CampaignMemberService } from './campaign-member.service';
import type { CampaignService } from './campaign.service';

/** Public form: at most this many registrations per client address per window. */
export const REGISTRATION_LIMIT = { max: 10, windowMs: 10 * 60_000, lockMs: 10 * 60_000 };

type Outcome = 'APPLIED' | 'REFUSED' | 'UNKNOWN_KEY' | 'NO_MEMBER';

export class CampaignInboundService {
  // Every attempt counts; kept in the database, so every server process shares the allowance.
  private readonly throttle: AttemptLimit;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
    private readonly members: CampaignMemberService,
    private readonly customers: CustomerService,
  ) {
    this.throttle = new AttemptLimit(ds, 'registration:address', REGISTRATION_LIMIT);
  }

  /**
   * CMP-10 (b): a key pressed in an automatic call, for the campaign member with that phone,
   * applied through the state machine. Anything not applied is kept in the key-press log (and a
   * refused move in the audit log) and changes nothing else.
   */
  async keypress(
    caller: AuthUser,
    campaignId: string,
    phoneInput: string,
    key: string,
  ): Promise<CampaignMember> {
    const campaign = await this.ds.transaction((m) => this.campaigns.forManage(m, caller, campaignId));
    const phone = normalizePhone(phoneInput);
    if (!phone) {
      throw AppError.badInput([{ field: 'phone', message: 'v.phone' }]);
    }
    const target = campaign.keyMap.find((k) => k.key === key.trim())?.status;
    if (!target) {
      await this.insertLog(this.ds.manager, caller, campaign, phone, key, 'UNKNOWN_KEY', null, null, null);
      throw new AppError('BAD_USER_INPUT', {
        messageKey: 'campaign.unknownKey',
        params: { key },
        details: { fieldErrors: [{ field: 'key', message: 'v.invalid' }] },
      });
    }
    const [member]: { id: string; status: CampaignMember['status']; name: string }[] = await this.ds.query(
      `SELECT m.id, m.status, c.name FROM campaign_member m JOIN customer c ON c.id = m.customer_id
        WHERE m.campaign_id = $1 AND c.deleted_at IS NULL
          AND (c.phone = $2 OR EXISTS (SELECT 1 FROM contact t WHERE t.customer_id = c.id AND t.mobile = $2 AND t.deleted_at IS NULL))
        ORDER BY m.joined_at LIMIT 1`,
      [campaign.id, phone],
    );
    if (!member) {
      await this.insertLog(this.ds.manager, caller, campaign, phone, key, 'NO_MEMBER', null, null, target);
      throw new AppError('NOT_FOUND');
    }
    try {
      return await this.ds.transaction(async (m) => {
        const [changed] = await this.members.changeStatus(caller, [member.id], target, 'KEYPRESS', m);
        await this.insertLog(m, caller, campaign, phone, key, 'APPLIED', member.id, member.status, target);
        return changed;
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVALID_TRANSITION') {
        const from = (err.details.refused as { from: CampaignMember['status'] }[])[0].from;
        await this.ds.transaction(async (m) => {
          await this.insertLog(m, caller, campaign, phone, key, 'REFUSED', member.id, from, target);
          await this.audit.record(m, {
            action: 'STATUS_CHANGE',
            module: 'campaign',
            recordId: member.id,
            userId: caller.id,
            description: auditText('campaign.keypressRefused', {
              campaign: campaign.name,
              key,
              phone,
              from,
              to: target,
              fromVi: CAMPAIGN_MEMBER_STATUS_VI[from],
              toVi: CAMPAIGN_MEMBER_STATUS_VI[target],
            }),
            changes: { refused: { from, to: target } },
          });
        });
      }
      throw err;
    }
  }

  /** The attempt's line in the keypress log: alone (`ds.manager`, it commits at once) or in the change's transaction. */
  private async insertLog(
    m: EntityManager,
    caller: AuthUser,
    campaign: Campaign,
    phone: string,
    key: string,
    outcome: Outcome,
    memberId: string | null,
    from: string | null,
    to: string | null,
  ) {
    await m.query(
      `INSERT INTO campaign_keypress (campaign_id, member_id, phone, key, outcome, from_status, to_status, user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [campaign.id, memberId, phone, key.slice(0, 10), outcome, from, to, caller.id],
    );
  }

  /**
   * CMP-10 (a), public. Finds the customer by normalised phone or e-mail, or creates one owned by
   * the campaign's executor (else its creator), and adds them as REGISTERED. The answer is the
   * same whether the customer existed, was created, or was already registered.
   */
  async register(ip: string, campaignCode: string, input: CampaignRegistrationInput): Promise<boolean> {
    await this.throttle.take(ip);
    const values = parseInput(campaignRegistrationSchema, input);
    const [row]: { id: string }[] = await this.ds.query(
      'SELECT id FROM campaign WHERE lower(code) = lower($1)',
      [campaignCode.trim()],
    );
    if (!row) {
      throw new AppError('NOT_FOUND');
    }
    await this.ds.transaction(async (m) => {
      const campaign = await this.campaigns.byId(row.id, m, true);
      if (campaign.endDate && campaign.endDate < todayVi()) {
        throw new AppError('BAD_USER_INPUT', {
          messageKey: 'campaign.ended',
          details: { fieldErrors: [{ field: 'campaignCode', message: 'campaign.ended' }] },
        });
      }
      // Two submissions of one person at once must not create two customers.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reg:${values.phone ?? values.email}`]);
      const [found]: { id: string }[] = await m.query(
        `SELECT id FROM customer WHERE deleted_at IS NULL AND (phone = $1 OR email = $2)
          ORDER BY (phone = $1) DESC NULLS LAST, created_at LIMIT 1`,
        [values.phone ?? null, values.email ?? null],
      );
      const customerId = found?.id ?? (await this.createCustomer(m, campaign, values));
      const added = await this.members.addOne(m, campaign, customerId, 'REGISTRATION');
      if (added > 0) {
        await this.audit.record(m, {
          action: 'UPDATE',
          module: 'campaign',
          recordId: campaign.id,
          userId: null,
          description: auditText('campaign.register', { campaign: campaign.name, name: values.name }),
          changes: { members: { from: null, to: { added: 1, customerId } } },
        });
      }
    });
    return true;
  }

  private async createCustomer(
    m: EntityManager,
    campaign: Campaign,
    values: ReturnType<typeof campaignRegistrationSchema.parse>,
  ): Promise<string> {
    const owner = await m.findOneByOrFail(User, { id: campaign.executorId ?? campaign.creatorId });
    const as = actingAs(owner);
    const description = [values.company, values.note].filter(Boolean).join('\n') || null;
    const customer = await this.customers.createIn(m, as, {
      name: values.name,
      kind: values.company ? 'B2B' : 'B2C',
      phone: values.phone,
      email: values.email,
      description,
    } as never);
    return customer.id;
  }
}
