/** Real cities, districts, wards and streets, and company-name parts, for the bulk generator. */
interface City {
  name: string;
  districts: Record<string, string[]>;
  streets: string[];
}

const CITIES: City[] = [
  {
    name: 'Hà Nội',
    districts: {
      'Quận Ba Đình': ['Phường Điện Biên', 'Phường Kim Mã', 'Phường Ngọc Hà', 'Phường Liễu Giai'],
      'Quận Hoàn Kiếm': ['Phường Hàng Bạc', 'Phường Tràng Tiền', 'Phường Hàng Trống'],
      'Quận Đống Đa': ['Phường Láng Hạ', 'Phường Ô Chợ Dừa', 'Phường Khâm Thiên'],
      'Quận Cầu Giấy': ['Phường Dịch Vọng', 'Phường Nghĩa Đô', 'Phường Yên Hòa', 'Phường Trung Hòa'],
      'Quận Hai Bà Trưng': ['Phường Bạch Mai', 'Phường Lê Đại Hành', 'Phường Bách Khoa'],
      'Quận Thanh Xuân': ['Phường Khương Trung', 'Phường Nhân Chính', 'Phường Thượng Đình'],
      'Quận Long Biên': ['Phường Ngọc Lâm', 'Phường Bồ Đề', 'Phường Gia Thụy'],
    },
    streets: [
      'Kim Mã',
      'Láng Hạ',
      'Nguyễn Chí Thanh',
      'Trần Duy Hưng',
      'Xuân Thủy',
      'Cầu Giấy',
      'Giải Phóng',
      'Tây Sơn',
      'Đội Cấn',
      'Hoàng Quốc Việt',
      'Phạm Văn Đồng',
      'Nguyễn Trãi',
      'Lê Duẩn',
      'Bà Triệu',
      'Hàng Bài',
      'Tràng Thi',
      'Nguyễn Văn Cừ',
      'Nguyễn Văn Huyên',
      'Đê La Thành',
      'Trường Chinh',
    ],
  },
  {
    name: 'TP Hồ Chí Minh',
    districts: {
      'Quận 1': ['Phường Bến Nghé', 'Phường Bến Thành', 'Phường Đa Kao', 'Phường Tân Định'],
      'Quận 3': ['Phường Võ Thị Sáu', 'Phường 9', 'Phường 12'],
      'Quận 7': ['Phường Tân Phong', 'Phường Tân Phú', 'Phường Tân Hưng'],
      'Quận Bình Thạnh': ['Phường 25', 'Phường 22', 'Phường 15'],
      'Quận Tân Bình': ['Phường 2', 'Phường 4', 'Phường 13'],
      'Quận Gò Vấp': ['Phường 10', 'Phường 5'],
      'Thành phố Thủ Đức': ['Phường Thảo Điền', 'Phường An Phú', 'Phường Linh Trung'],
    },
    streets: [
      'Nguyễn Huệ',
      'Lê Lợi',
      'Đồng Khởi',
      'Hai Bà Trưng',
      'Pasteur',
      'Nam Kỳ Khởi Nghĩa',
      'Điện Biên Phủ',
      'Nguyễn Văn Linh',
      'Nguyễn Văn Trỗi',
      'Cách Mạng Tháng Tám',
      'Võ Văn Tần',
      'Nguyễn Thị Minh Khai',
      'Xô Viết Nghệ Tĩnh',
      'Phan Xích Long',
      'Cộng Hòa',
      'Quang Trung',
      'Nguyễn Đình Chiểu',
      'Lý Thường Kiệt',
      'Xa lộ Hà Nội',
      'Võ Văn Ngân',
    ],
  },
  {
    name: 'Đà Nẵng',
    districts: {
      'Quận Hải Châu': ['Phường Thạch Thang', 'Phường Hải Châu I', 'Phường Hòa Cường Bắc'],
      'Quận Sơn Trà': ['Phường An Hải Bắc', 'Phường Phước Mỹ', 'Phường Mân Thái'],
      'Quận Thanh Khê': ['Phường Thạc Gián', 'Phường Chính Gián'],
      'Quận Ngũ Hành Sơn': ['Phường Mỹ An', 'Phường Khuê Mỹ'],
    },
    streets: [
      'Bạch Đằng',
      'Lê Duẩn',
      'Nguyễn Văn Linh',
      'Trần Phú',
      'Hùng Vương',
      'Võ Nguyên Giáp',
      'Ngô Quyền',
      'Điện Biên Phủ',
      '2 Tháng 9',
      'Nguyễn Tất Thành',
    ],
  },
  {
    name: 'Hải Phòng',
    districts: {
      'Quận Lê Chân': ['Phường An Biên', 'Phường Dư Hàng Kênh'],
      'Quận Ngô Quyền': ['Phường Máy Tơ', 'Phường Lạch Tray'],
    },
    streets: ['Lạch Tray', 'Văn Cao', 'Trần Phú', 'Điện Biên Phủ', 'Lê Hồng Phong'],
  },
  {
    name: 'Cần Thơ',
    districts: {
      'Quận Ninh Kiều': ['Phường Tân An', 'Phường Xuân Khánh', 'Phường An Hòa'],
      'Quận Cái Răng': ['Phường Hưng Phú', 'Phường Lê Bình'],
    },
    streets: ['30 Tháng 4', 'Hòa Bình', 'Nguyễn Văn Cừ', 'Trần Hưng Đạo', 'Mậu Thân'],
  },
];

/** `Kim Mã, Phường Kim Mã, Quận Ba Đình, Hà Nội`: street + ward + district of the same city. */
export const ADDRESS_TAILS: string[] = CITIES.flatMap((city) =>
  Object.entries(city.districts).flatMap(([district, wards]) =>
    wards.flatMap((ward) => city.streets.map((street) => `${street}, ${ward}, ${district}, ${city.name}`)),
  ),
);

/** Tax-office codes that open a tax code, weighted towards the big cities. */
export const TAX_PROVINCES = ['01', '01', '01', '03', '03', '03', '04', '02', '18'];

export const COMPANY_TYPES = ['TNHH', 'TNHH', 'Cổ phần', 'TNHH MTV', 'Cổ phần Tập đoàn'];
export const COMPANY_SECTORS = [
  'Thương mại',
  'Xây dựng',
  'Dịch vụ',
  'Công nghệ',
  'Sản xuất',
  'Vận tải',
  'Du lịch',
  'Thực phẩm',
  'Đầu tư',
  'Xuất nhập khẩu',
  'Thiết bị Y tế',
  'Nội thất',
];
export const COMPANY_BRANDS = [
  'Hoàng Long',
  'Đại Việt',
  'Sông Hồng',
  'Phương Nam',
  'An Phát',
  'Minh Khang',
  'Thành Công',
  'Hưng Thịnh',
  'Việt Tiến',
  'Phú Gia',
  'Trường Sơn',
  'Bảo Ngọc',
  'Tân Á',
  'Đông Dương',
  'Hải Âu',
  'Kim Cương',
  'Sao Mai',
  'Thiên Phúc',
  'Nam Việt',
  'Hòa Bình',
];
export const CONTACT_TITLES = [
  'Giám đốc',
  'Phó Giám đốc',
  'Trưởng phòng Kinh doanh',
  'Kế toán trưởng',
  'Nhân viên mua hàng',
  'Trợ lý',
];
/** Valid 10-digit mobile prefixes after the leading 0 (Viettel, Vinaphone, MobiFone, Vietnamobile…). */
export const MOBILE_PREFIXES = [
  '96',
  '97',
  '98',
  '86',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '91',
  '94',
  '88',
  '81',
  '82',
  '83',
  '84',
  '85',
  '90',
  '93',
  '89',
  '70',
  '76',
  '77',
  '78',
  '79',
  '92',
  '56',
  '58',
  '99',
  '59',
];
