import type { AppError } from '../../errors';
import {
  campaignRegistrationSchema,
  createCampaignSchema,
  moneyField,
  updateCampaignSchema,
} from '../campaign';
import { parseInput } from '../parse';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    const details = (err as AppError).details as { fieldErrors: { field: string; message: string }[] };
    return details.fieldErrors.map((f) => `${f.field}:${f.message}`);
  }
  throw new Error('expected a refusal');
}

describe('createCampaignSchema', () => {
  it('needs a name and a start date', () => {
    expect(fieldsOf(() => parseInput(createCampaignSchema, { name: '  ' }))).toEqual(
      expect.arrayContaining(['name:v.required', 'startDate:v.required']),
    );
  });

  it('refuses an end before the start, and keeps money as whole VND strings', () => {
    expect(
      fieldsOf(() =>
        parseInput(createCampaignSchema, { name: 'A', startDate: '2026-05-02', endDate: '2026-05-01' }),
      ),
    ).toEqual(['endDate:v.endBeforeStart']);
    const ok = parseInput(createCampaignSchema, {
      name: ' Hội thảo  ',
      startDate: '2026-05-01',
      budget: '1.250.000',
      expenses: [{ item: 'Thuê hội trường', amount: 5000000, date: '2026-05-01' }],
      keyMap: [{ key: '1', status: 'CONFIRMED' }],
    });
    expect(ok.name).toBe('Hội thảo');
    expect(ok.budget).toBe('1250000');
    expect(ok.expenses?.[0].amount).toBe('5000000');
  });

  it('refuses a fractional amount, a bad key and a key mapped twice', () => {
    expect(moneyField.safeParse('12,5').success).toBe(true); // the comma is a thousands separator
    expect(moneyField.safeParse('12.5e3').success).toBe(false);
    expect(
      fieldsOf(() =>
        parseInput(updateCampaignSchema, {
          version: 1,
          keyMap: [
            { key: '1', status: 'JOINED' },
            { key: '1', status: 'CANCELLED' },
          ],
        }),
      ),
    ).toEqual(['keyMap:v.keyDuplicate']);
    expect(
      fieldsOf(() =>
        parseInput(updateCampaignSchema, { version: 1, keyMap: [{ key: '12', status: 'JOINED' }] }),
      ),
    ).toEqual(['keyMap.0.key:v.key']);
  });
});

describe('campaignRegistrationSchema', () => {
  it('needs a phone or an e-mail and normalises both', () => {
    expect(fieldsOf(() => parseInput(campaignRegistrationSchema, { name: 'An' }))).toEqual([
      'phone:v.phoneOrEmail',
    ]);
    const v = parseInput(campaignRegistrationSchema, {
      name: 'Trần Thị Bình',
      phone: '+84 912 345 678',
      email: ' Binh@Example.VN ',
    });
    expect(v.phone).toBe('0912345678');
    expect(v.email).toBe('binh@example.vn');
  });
});
