import { normalizeEmail } from '../email';

describe('normalizeEmail', () => {
  test.each([
    ['ANHA@gmail.com ', 'anha@gmail.com'],
    ['  Sales@Sen.VN', 'sales@sen.vn'],
    ['anha@gmail.com', 'anha@gmail.com'],
    ['', ''],
  ])('stores %j as %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});
