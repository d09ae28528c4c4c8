import { currentProvince, FORMER_PROVINCES, PROVINCES } from '../provinces';

describe('Tỉnh/Thành phố since 1 July 2025', () => {
  it('offers 34 units and maps each of the 63 former ones to one of them', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(Object.keys(FORMER_PROVINCES)).toHaveLength(63);
    for (const to of Object.values(FORMER_PROVINCES)) {
      expect(PROVINCES).toContain(to);
    }
  });

  it.each([
    ['Bình Dương', 'TP. Hồ Chí Minh'],
    ['Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'],
    ['Hà Giang', 'Tuyên Quang'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Quảng Nam', 'Đà Nẵng'],
    ['Kiên Giang', 'An Giang'],
    ['Hà Nội', 'Hà Nội'],
  ])('reads the former %s as %s', (former, current) => {
    expect(currentProvince(former)).toBe(current);
  });

  it.each([
    ['binh duong', 'TP. Hồ Chí Minh'],
    ['HÀ GIANG', 'Tuyên Quang'],
    ['Tỉnh Quảng Nam', 'Đà Nẵng'],
    ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh'],
    ['TP Hồ Chí Minh', 'TP. Hồ Chí Minh'],
    ['  dak   lak ', 'Đắk Lắk'],
    ['Ba Ria Vung Tau', 'TP. Hồ Chí Minh'],
  ])('compares %s without accents, case, spacing or a prefix (→ %s)', (written, current) => {
    expect(currentProvince(written)).toBe(current);
  });

  it.each(['Atlantis', '', 'Tỉnh', 'Hà'])('names no unit with %j', (written) => {
    expect(currentProvince(written)).toBeNull();
  });
});
