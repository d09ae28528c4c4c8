import { convertOldMobilePrefix, isValidPhone, normalizePhone } from '../phone';

describe('normalizePhone', () => {
  test.each<[string, string | null]>([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['(091) 234-5678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['+84 (0) 912 345 678', '0912345678'],
    ['0321234567', '0321234567'],
    ['0561234567', '0561234567'],
    ['0701234567', '0701234567'],
    ['0812345678', '0812345678'],
    ['024 7300 4666', '02473004666'],
    ['(028) 3822 1234', '02838221234'],
    ['+84 24 7300 4666', '02473004666'],
    [' 0912345678 ', '0912345678'],
    // invalid
    ['', null],
    ['   ', null],
    ['abc', null],
    ['0912abc678', null],
    ['091234567', null], // 9 digits
    ['09123456789', null], // 11-digit mobile
    ['0112345678', null], // no such mobile prefix
    ['0412345678', null],
    ['0612345678', null],
    ['0247300466', null], // 10-digit landline
    ['024730046661', null],
    ['01691234567', null], // old mobile prefix: convert first
    ['912345678', null], // missing trunk zero
    ['+1 415 555 0100', null],
    ['+84', null],
    ['0912345678 ext 12', null],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
    expect(isValidPhone(input)).toBe(expected !== null);
  });
});

describe('convertOldMobilePrefix', () => {
  test.each([
    // Viettel
    ['01621234567', '0321234567'],
    ['01631234567', '0331234567'],
    ['01641234567', '0341234567'],
    ['01651234567', '0351234567'],
    ['01661234567', '0361234567'],
    ['01671234567', '0371234567'],
    ['01681234567', '0381234567'],
    ['01691234567', '0391234567'],
    // MobiFone
    ['01201234567', '0701234567'],
    ['01211234567', '0791234567'],
    ['01221234567', '0771234567'],
    ['01261234567', '0761234567'],
    ['01281234567', '0781234567'],
    // VinaPhone
    ['01231234567', '0831234567'],
    ['01241234567', '0841234567'],
    ['01251234567', '0851234567'],
    ['01271234567', '0811234567'],
    ['01291234567', '0821234567'],
    // Vietnamobile, Gmobile
    ['01861234567', '0561234567'],
    ['01881234567', '0581234567'],
    ['01991234567', '0591234567'],
    // written with separators or the country code
    ['0169 123 4567', '0391234567'],
    ['+84 169 123 4567', '0391234567'],
  ])('converts %j to %j', (input, expected) => {
    expect(convertOldMobilePrefix(input)).toBe(expected);
    expect(isValidPhone(expected)).toBe(true);
  });

  test.each([
    '0912345678', // already new
    '02473004666', // landline, not an old mobile
    '01301234567', // 0130 was never a mobile prefix
    '0169123456', // too short
    '016912345678', // too long
    '',
    'garbage',
  ])('leaves %j unchanged', (input) => {
    expect(convertOldMobilePrefix(input)).toBe(input);
  });
});
