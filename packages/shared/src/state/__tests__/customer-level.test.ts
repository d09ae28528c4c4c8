import {
  CUSTOMER_LEVELS,
  CUSTOMER_LEVEL_VI,
  MANUAL_LEVELS,
  canSetManually,
  initialLevel,
  levelAfterEvent,
} from '../customer-level';
import type { CustomerEventKind, CustomerLevel } from '../customer-level';

describe('customer levels (CUS-03)', () => {
  it('starts every new customer at NEW', () => {
    expect(initialLevel()).toBe('NEW');
  });

  it('lets users pick only INTERESTED and PAUSED by hand', () => {
    expect([...MANUAL_LEVELS].sort()).toEqual(['INTERESTED', 'PAUSED']);
  });

  it('labels every level in Vietnamese', () => {
    expect(CUSTOMER_LEVELS.map((level) => CUSTOMER_LEVEL_VI[level])).toEqual([
      'Mới',
      'Quan tâm',
      'Tiếp cận',
      'Đã ký',
      'Tạm ngừng',
      'Khác',
    ]);
  });
});

const MANUAL: [CustomerLevel, CustomerLevel, boolean][] = [
  ['NEW', 'NEW', false],
  ['NEW', 'INTERESTED', true],
  ['NEW', 'APPROACHED', false],
  ['NEW', 'SIGNED', false],
  ['NEW', 'PAUSED', true],
  ['NEW', 'OTHER', false],
  ['INTERESTED', 'NEW', false],
  ['INTERESTED', 'INTERESTED', false],
  ['INTERESTED', 'APPROACHED', false],
  ['INTERESTED', 'SIGNED', false],
  ['INTERESTED', 'PAUSED', true],
  ['INTERESTED', 'OTHER', false],
  ['APPROACHED', 'NEW', false],
  ['APPROACHED', 'INTERESTED', true],
  ['APPROACHED', 'APPROACHED', false],
  ['APPROACHED', 'SIGNED', false],
  ['APPROACHED', 'PAUSED', true],
  ['APPROACHED', 'OTHER', false],
  ['SIGNED', 'NEW', false],
  ['SIGNED', 'INTERESTED', true],
  ['SIGNED', 'APPROACHED', false],
  ['SIGNED', 'SIGNED', false],
  ['SIGNED', 'PAUSED', true],
  ['SIGNED', 'OTHER', false],
  ['PAUSED', 'NEW', false],
  ['PAUSED', 'INTERESTED', true],
  ['PAUSED', 'APPROACHED', false],
  ['PAUSED', 'SIGNED', false],
  ['PAUSED', 'PAUSED', false],
  ['PAUSED', 'OTHER', false],
  ['OTHER', 'NEW', false],
  ['OTHER', 'INTERESTED', true],
  ['OTHER', 'APPROACHED', false],
  ['OTHER', 'SIGNED', false],
  ['OTHER', 'PAUSED', true],
  ['OTHER', 'OTHER', false],
];

describe('setting a level by hand', () => {
  it('covers every pair of levels', () => {
    expect(MANUAL).toHaveLength(CUSTOMER_LEVELS.length ** 2);
  });

  test.each(MANUAL)('%s → %s by hand allowed: %s', (from, to, allowed) => {
    expect(canSetManually(from, to)).toBe(allowed);
  });
});

// [current, event kind, markSigned, expected]
const AFTER_EVENT: [CustomerLevel, CustomerEventKind, boolean, CustomerLevel][] = [
  ['NEW', 'ACTIVITY', false, 'APPROACHED'],
  ['NEW', 'ACTIVITY', true, 'APPROACHED'],
  ['NEW', 'OPPORTUNITY', false, 'APPROACHED'],
  ['NEW', 'OPPORTUNITY', true, 'APPROACHED'],
  ['NEW', 'QUOTE', false, 'APPROACHED'],
  ['NEW', 'QUOTE', true, 'APPROACHED'],
  ['NEW', 'ORDER', false, 'APPROACHED'],
  ['NEW', 'ORDER', true, 'APPROACHED'],
  ['NEW', 'CONTRACT', false, 'APPROACHED'],
  ['NEW', 'CONTRACT', true, 'SIGNED'],
  ['INTERESTED', 'ACTIVITY', false, 'INTERESTED'],
  ['INTERESTED', 'ACTIVITY', true, 'INTERESTED'],
  ['INTERESTED', 'OPPORTUNITY', false, 'INTERESTED'],
  ['INTERESTED', 'OPPORTUNITY', true, 'INTERESTED'],
  ['INTERESTED', 'QUOTE', false, 'INTERESTED'],
  ['INTERESTED', 'QUOTE', true, 'INTERESTED'],
  ['INTERESTED', 'ORDER', false, 'INTERESTED'],
  ['INTERESTED', 'ORDER', true, 'INTERESTED'],
  ['INTERESTED', 'CONTRACT', false, 'INTERESTED'],
  ['INTERESTED', 'CONTRACT', true, 'SIGNED'],
  ['APPROACHED', 'ACTIVITY', false, 'APPROACHED'],
  ['APPROACHED', 'ACTIVITY', true, 'APPROACHED'],
  ['APPROACHED', 'OPPORTUNITY', false, 'APPROACHED'],
  ['APPROACHED', 'OPPORTUNITY', true, 'APPROACHED'],
  ['APPROACHED', 'QUOTE', false, 'APPROACHED'],
  ['APPROACHED', 'QUOTE', true, 'APPROACHED'],
  ['APPROACHED', 'ORDER', false, 'APPROACHED'],
  ['APPROACHED', 'ORDER', true, 'APPROACHED'],
  ['APPROACHED', 'CONTRACT', false, 'APPROACHED'],
  ['APPROACHED', 'CONTRACT', true, 'SIGNED'],
  ['SIGNED', 'ACTIVITY', false, 'SIGNED'],
  ['SIGNED', 'ACTIVITY', true, 'SIGNED'],
  ['SIGNED', 'OPPORTUNITY', false, 'SIGNED'],
  ['SIGNED', 'OPPORTUNITY', true, 'SIGNED'],
  ['SIGNED', 'QUOTE', false, 'SIGNED'],
  ['SIGNED', 'QUOTE', true, 'SIGNED'],
  ['SIGNED', 'ORDER', false, 'SIGNED'],
  ['SIGNED', 'ORDER', true, 'SIGNED'],
  ['SIGNED', 'CONTRACT', false, 'SIGNED'],
  ['SIGNED', 'CONTRACT', true, 'SIGNED'],
  ['PAUSED', 'ACTIVITY', false, 'PAUSED'],
  ['PAUSED', 'ACTIVITY', true, 'PAUSED'],
  ['PAUSED', 'OPPORTUNITY', false, 'PAUSED'],
  ['PAUSED', 'OPPORTUNITY', true, 'PAUSED'],
  ['PAUSED', 'QUOTE', false, 'PAUSED'],
  ['PAUSED', 'QUOTE', true, 'PAUSED'],
  ['PAUSED', 'ORDER', false, 'PAUSED'],
  ['PAUSED', 'ORDER', true, 'PAUSED'],
  ['PAUSED', 'CONTRACT', false, 'PAUSED'],
  ['PAUSED', 'CONTRACT', true, 'SIGNED'],
  ['OTHER', 'ACTIVITY', false, 'APPROACHED'],
  ['OTHER', 'ACTIVITY', true, 'APPROACHED'],
  ['OTHER', 'OPPORTUNITY', false, 'APPROACHED'],
  ['OTHER', 'OPPORTUNITY', true, 'APPROACHED'],
  ['OTHER', 'QUOTE', false, 'APPROACHED'],
  ['OTHER', 'QUOTE', true, 'APPROACHED'],
  ['OTHER', 'ORDER', false, 'APPROACHED'],
  ['OTHER', 'ORDER', true, 'APPROACHED'],
  ['OTHER', 'CONTRACT', false, 'APPROACHED'],
  ['OTHER', 'CONTRACT', true, 'SIGNED'],
];

describe('level after an activity or sales document', () => {
  it('covers every level × event kind × tick', () => {
    expect(AFTER_EVENT).toHaveLength(CUSTOMER_LEVELS.length * 5 * 2);
  });

  test.each(AFTER_EVENT)('%s + %s (markSigned %s) → %s', (current, kind, markSigned, expected) => {
    expect(levelAfterEvent(current, { kind, markSigned })).toBe(expected);
  });

  test.each<[CustomerLevel, CustomerEventKind, CustomerLevel]>([
    ['NEW', 'CONTRACT', 'APPROACHED'],
    ['OTHER', 'ACTIVITY', 'APPROACHED'],
    ['SIGNED', 'CONTRACT', 'SIGNED'],
    ['PAUSED', 'ORDER', 'PAUSED'],
  ])('treats a missing tick as unticked: %s + %s → %s', (current, kind, expected) => {
    expect(levelAfterEvent(current, { kind })).toBe(expected);
  });
});
