import { type AppError } from '../app-error';
import { translate } from '../messages';
import { createCustomerSchema, parseInput } from '../../validation';

function fieldMessages(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (e) {
    return ((e as AppError).details.fieldErrors as { field: string; message: string }[]).map((f) => ({
      field: f.field,
      message: translate('vi', f.message),
    }));
  }
  throw new Error('expected a refusal');
}

describe('field messages', () => {
  it('says how long a too-long value may be, in both languages', () => {
    const errors = fieldMessages(() =>
      parseInput(createCustomerSchema, { name: 'x'.repeat(300), kind: 'B2B' }),
    );
    expect(errors).toContainEqual({ field: 'name', message: 'Quá dài (tối đa 255 ký tự).' });
  });

  it('reads inline parameters only for known keys', () => {
    expect(translate('en', 'v.tooLong|max=50')).toBe('Too long (at most 50 characters).');
    expect(translate('vi', 'not a key|max=50')).toBe('not a key|max=50');
    expect(translate('vi', 'v.required')).toBe('Trường này là bắt buộc.');
  });
});
