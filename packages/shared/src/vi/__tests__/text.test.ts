import { foldVietnamese, normalizeText } from '../text';

describe('foldVietnamese', () => {
  test.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['Đ', 'd'],
    ['đ', 'd'],
    ['ĐẶNG THỊ HỒNG NHUNG', 'dang thi hong nhung'],
    ['Công ty TNHH Ánh Dương', 'cong ty tnhh anh duong'],
    ['Trường Sơn, Quảng Bình', 'truong son, quang binh'],
    ['Hồ Chí Minh ', 'ho chi minh'],
    ['  Lê \t Thị\n Ngọc  ', 'le thi ngoc'],
    // decomposed input (as some keyboards and macOS file names produce it)
    ['Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c', 'nguyen van duc'],
    ['ABC-123', 'abc-123'],
    ['', ''],
    ['   ', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('lets a folded query match a partial name (X-02)', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toContain(foldVietnamese('Văn Đu'));
  });
});

describe('normalizeText', () => {
  test.each([
    ['  Nguyễn   Văn  Đức ', 'Nguyễn Văn Đức'],
    ['Nguye\u0302\u0303n', 'Nguyễn'],
    ['a\t\nb', 'a b'],
    ['', ''],
  ])('stores %j as %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('composes to NFC', () => {
    const stored = normalizeText('Nguye\u0302\u0303n');
    expect(stored).toBe(stored.normalize('NFC'));
    expect(stored).toHaveLength(6);
  });
});
