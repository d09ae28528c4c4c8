import { normaliseHeader, suggestMapping } from '../import-fields';

describe('import column mapping', () => {
  it('compares headers without case, accents, spaces, marks or the required star', () => {
    expect(normaliseHeader('Tên khách hàng *')).toBe('tenkhachhang');
    expect(normaliseHeader('  ĐIỆN THOẠI ')).toBe('dienthoai');
    expect(normaliseHeader('E-mail')).toBe('email');
  });

  it('maps Vietnamese and English headers and aliases, each field once, unknown columns to null', () => {
    expect(
      suggestMapping('customers', [
        'Tên khách hàng',
        'MST',
        'Số điện thoại',
        'E-mail',
        'Customer name',
        'Ghi chú nội bộ',
      ]),
    ).toEqual([
      { column: 'Tên khách hàng', field: 'name' },
      { column: 'MST', field: 'taxCode' },
      { column: 'Số điện thoại', field: 'phone' },
      { column: 'E-mail', field: 'email' },
      { column: 'Customer name', field: null },
      { column: 'Ghi chú nội bộ', field: null },
    ]);
  });

  it('reads the contact headers, including the customer code', () => {
    expect(suggestMapping('contacts', ['Họ và tên', 'Mã KH', 'Di động']).map((m) => m.field)).toEqual([
      'name',
      'customerCode',
      'mobile',
    ]);
  });
});
