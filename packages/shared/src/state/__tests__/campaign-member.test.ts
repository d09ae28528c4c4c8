import { AppError } from '../../errors';
import {
  CAMPAIGN_MEMBER_STATUSES,
  CAMPAIGN_MEMBER_STATUS_VI,
  allowedTargets,
  assertTransition,
  canTransition,
  commonTargets,
  cumulativeTotals,
} from '../campaign-member';
import type { CampaignMemberStatus } from '../campaign-member';

const EVERY_PAIR: [CampaignMemberStatus, CampaignMemberStatus, boolean][] = [
  ['REGISTERED', 'REGISTERED', false],
  ['REGISTERED', 'CONFIRMED', true],
  ['REGISTERED', 'JOINED', true],
  ['REGISTERED', 'CANCELLED', true],
  ['CONFIRMED', 'REGISTERED', false],
  ['CONFIRMED', 'CONFIRMED', false],
  ['CONFIRMED', 'JOINED', true],
  ['CONFIRMED', 'CANCELLED', true],
  ['JOINED', 'REGISTERED', false],
  ['JOINED', 'CONFIRMED', false],
  ['JOINED', 'JOINED', false],
  ['JOINED', 'CANCELLED', true],
  ['CANCELLED', 'REGISTERED', false],
  ['CANCELLED', 'CONFIRMED', false],
  ['CANCELLED', 'JOINED', false],
  ['CANCELLED', 'CANCELLED', false],
];

describe('campaign member status machine (CMP-06)', () => {
  it('covers every pair of statuses', () => {
    expect(EVERY_PAIR).toHaveLength(CAMPAIGN_MEMBER_STATUSES.length ** 2);
  });

  test.each(EVERY_PAIR)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
    expect(allowedTargets(from).includes(to)).toBe(allowed);
  });

  test.each(EVERY_PAIR)('assertTransition %s → %s throws unless allowed (%s)', (from, to, allowed) => {
    if (allowed) {
      expect(() => assertTransition(from, to)).not.toThrow();
      return;
    }
    let thrown: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('INVALID_TRANSITION');
    expect((thrown as AppError).details).toMatchObject({ from, to });
  });

  test.each<[CampaignMemberStatus, CampaignMemberStatus[]]>([
    ['REGISTERED', ['CONFIRMED', 'JOINED', 'CANCELLED']],
    ['CONFIRMED', ['JOINED', 'CANCELLED']],
    ['JOINED', ['CANCELLED']],
    ['CANCELLED', []],
  ])('offers %s members the targets %j', (from, targets) => {
    expect(allowedTargets(from)).toEqual(targets);
  });

  test.each<[CampaignMemberStatus[], CampaignMemberStatus[]]>([
    [[], []],
    [['REGISTERED'], ['CONFIRMED', 'JOINED', 'CANCELLED']],
    [
      ['REGISTERED', 'REGISTERED'],
      ['CONFIRMED', 'JOINED', 'CANCELLED'],
    ],
    [
      ['REGISTERED', 'CONFIRMED'],
      ['JOINED', 'CANCELLED'],
    ],
    [
      ['CONFIRMED', 'REGISTERED'],
      ['JOINED', 'CANCELLED'],
    ],
    [['REGISTERED', 'JOINED'], ['CANCELLED']],
    [['REGISTERED', 'CONFIRMED', 'JOINED'], ['CANCELLED']],
    [['JOINED', 'CANCELLED'], []],
    [['REGISTERED', 'CANCELLED'], []],
    [['CANCELLED'], []],
  ])('offers a bulk change of %j only the common targets %j', (froms, targets) => {
    expect(commonTargets(froms)).toEqual(targets);
  });

  it('labels every status in Vietnamese as the seed does', () => {
    expect(CAMPAIGN_MEMBER_STATUS_VI).toEqual({
      REGISTERED: 'Đăng kí',
      CONFIRMED: 'Xác nhận',
      JOINED: 'Tham gia',
      CANCELLED: 'Hủy',
    });
  });
});

describe('cumulative totals (CMP-07)', () => {
  test.each([
    [{}, { registered: 0, confirmed: 0, joined: 0, cancelled: 0 }],
    [{ REGISTERED: 3 }, { registered: 3, confirmed: 0, joined: 0, cancelled: 0 }],
    [{ CONFIRMED: 2 }, { registered: 2, confirmed: 2, joined: 0, cancelled: 0 }],
    [{ JOINED: 4 }, { registered: 4, confirmed: 4, joined: 4, cancelled: 0 }],
    // confirmed, then cancelled: registered and cancelled, no longer confirmed
    [{ CANCELLED: 1 }, { registered: 1, confirmed: 0, joined: 0, cancelled: 1 }],
    [
      { REGISTERED: 5, CONFIRMED: 3, JOINED: 2, CANCELLED: 1 },
      { registered: 11, confirmed: 5, joined: 2, cancelled: 1 },
    ],
    [
      { REGISTERED: 0, CONFIRMED: 0, JOINED: 7, CANCELLED: 0 },
      { registered: 7, confirmed: 7, joined: 7, cancelled: 0 },
    ],
  ])('counts %j as %j', (counts, totals) => {
    expect(cumulativeTotals(counts)).toEqual(totals);
  });
});
