import { isValidTaxCode, normalizeTaxCode } from '../tax-code';

describe('tax code (mã số thuế)', () => {
  test.each<[string, string | null]>([
    ['0101245486', '0101245486'],
    ['0100109106', '0100109106'],
    ['0300588569', '0300588569'],
    [' 0101 245 486 ', '0101245486'],
    ['0101245486-001', '0101245486-001'],
    ['0101245486 - 001', '0101245486-001'],
    ['001099012345', '001099012345'], // 12-digit personal ID
    // sum ≡ 10 (mod 11) gives check digit 0
    ['0000001010', '0000001010'],
    // invalid
    ['0101245487', null], // wrong check digit
    ['0101245480', null],
    ['0101245487-001', null], // branch of an invalid code
    ['0101245486-01', null],
    ['0101245486-0001', null],
    ['0101245486001', null], // branch without its dash
    ['0101245486-', null],
    ['0000000000', null], // sum ≡ 0 (mod 11) would need check digit 10
    ['010124548', null], // 9 digits
    ['01012454861', null], // 11 digits
    ['0010990123456', null], // 13 digits
    ['01012454a6', null],
    ['0101.245.486', null],
    ['', null],
    ['   ', null],
    ['MST 0101245486', null],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeTaxCode(input)).toBe(expected);
    expect(isValidTaxCode(input)).toBe(expected !== null);
  });
});
