import { foldVietnamese } from './text';

/**
 * Tỉnh/Thành phố: Vietnam's 34 provincial-level units in force since 1 July 2025 (6 centrally-run
 * cities first), and where each of the 63 earlier units went (../shared/data/vn-provinces-2025.json).
 */
export const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Hải Phòng',
  'Đà Nẵng',
  'TP. Hồ Chí Minh',
  'Cần Thơ',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
] as const;
export type Province = (typeof PROVINCES)[number];

/** Each of the 63 units before the 2025 merger → the unit it is part of now. */
export const FORMER_PROVINCES: Readonly<Record<string, Province>> = {
  'Hà Nội': 'Hà Nội',
  'Thừa Thiên Huế': 'Huế',
  'Lai Châu': 'Lai Châu',
  'Điện Biên': 'Điện Biên',
  'Sơn La': 'Sơn La',
  'Lạng Sơn': 'Lạng Sơn',
  'Quảng Ninh': 'Quảng Ninh',
  'Thanh Hóa': 'Thanh Hóa',
  'Nghệ An': 'Nghệ An',
  'Hà Tĩnh': 'Hà Tĩnh',
  'Cao Bằng': 'Cao Bằng',
  'Hà Giang': 'Tuyên Quang',
  'Tuyên Quang': 'Tuyên Quang',
  'Lào Cai': 'Lào Cai',
  'Yên Bái': 'Lào Cai',
  'Bắc Kạn': 'Thái Nguyên',
  'Thái Nguyên': 'Thái Nguyên',
  'Vĩnh Phúc': 'Phú Thọ',
  'Phú Thọ': 'Phú Thọ',
  'Hòa Bình': 'Phú Thọ',
  'Bắc Giang': 'Bắc Ninh',
  'Bắc Ninh': 'Bắc Ninh',
  'Thái Bình': 'Hưng Yên',
  'Hưng Yên': 'Hưng Yên',
  'Hải Dương': 'Hải Phòng',
  'Hải Phòng': 'Hải Phòng',
  'Hà Nam': 'Ninh Bình',
  'Ninh Bình': 'Ninh Bình',
  'Nam Định': 'Ninh Bình',
  'Quảng Bình': 'Quảng Trị',
  'Quảng Trị': 'Quảng Trị',
  'Quảng Nam': 'Đà Nẵng',
  'Đà Nẵng': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi',
  'Quảng Ngãi': 'Quảng Ngãi',
  'Gia Lai': 'Gia Lai',
  'Bình Định': 'Gia Lai',
  'Ninh Thuận': 'Khánh Hòa',
  'Khánh Hòa': 'Khánh Hòa',
  'Lâm Đồng': 'Lâm Đồng',
  'Đắk Nông': 'Lâm Đồng',
  'Bình Thuận': 'Lâm Đồng',
  'Đắk Lắk': 'Đắk Lắk',
  'Phú Yên': 'Đắk Lắk',
  'Bà Rịa - Vũng Tàu': 'TP. Hồ Chí Minh',
  'Bình Dương': 'TP. Hồ Chí Minh',
  'TP. Hồ Chí Minh': 'TP. Hồ Chí Minh',
  'Đồng Nai': 'Đồng Nai',
  'Bình Phước': 'Đồng Nai',
  'Tây Ninh': 'Tây Ninh',
  'Long An': 'Tây Ninh',
  'Cần Thơ': 'Cần Thơ',
  'Sóc Trăng': 'Cần Thơ',
  'Hậu Giang': 'Cần Thơ',
  'Bến Tre': 'Vĩnh Long',
  'Vĩnh Long': 'Vĩnh Long',
  'Trà Vinh': 'Vĩnh Long',
  'Tiền Giang': 'Đồng Tháp',
  'Đồng Tháp': 'Đồng Tháp',
  'Bạc Liêu': 'Cà Mau',
  'Cà Mau': 'Cà Mau',
  'Kiên Giang': 'An Giang',
  'An Giang': 'An Giang',
};

/** `Tỉnh Bình Dương`, `TP HCM`, `thanh pho ho chi minh` → `binh duong`, `ho chi minh`: no prefix, accents, marks. */
function provinceKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[.\-_,]/g, ' ')
    .replace(/^(tinh|thanh pho|tp)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, Province>([
  ...Object.entries(FORMER_PROVINCES).map(([name, to]) => [provinceKey(name), to] as const),
  ...PROVINCES.map((p) => [provinceKey(p), p] as const),
  // What people write for the largest city.
  ['hcm', 'TP. Hồ Chí Minh'],
  ['tphcm', 'TP. Hồ Chí Minh'],
  ['sai gon', 'TP. Hồ Chí Minh'],
]);

/**
 * The current unit a written province names, former (before 1 July 2025) or current, compared
 * without case, accents or a `Tỉnh` / `Thành phố` / `TP.` prefix; null when it names none.
 */
export function currentProvince(name: string): Province | null {
  return BY_KEY.get(provinceKey(name)) ?? null;
}
