import type { DataSource } from 'typeorm';
import { actingAs } from '../../core/caller';
import { CategoryKind } from '../../modules/category/category.entity';
import { CustomerKindEnum } from '../../modules/customer/customer.entity';
import { User } from '../../modules/user/user.entity';
import type { Services } from '../../services';

const CATEGORIES: [CategoryKind, string[]][] = [
  [CategoryKind.CUSTOMER_GROUP, ['Khách hàng VIP', 'Đại lý', 'Khách lẻ']],
  [CategoryKind.INDUSTRY, ['Sản xuất', 'Thương mại', 'Dịch vụ', 'Xây dựng']],
  [CategoryKind.SCALE, ['Dưới 50 nhân sự', '50–200 nhân sự', 'Trên 200 nhân sự']],
  [CategoryKind.SOURCE, ['Website', 'Giới thiệu', 'Hội chợ triển lãm']],
  [CategoryKind.CONTACT_STATUS, ['Đang liên hệ', 'Ngừng liên hệ']],
  [CategoryKind.CONTACT_GROUP, ['Ban giám đốc', 'Kế toán']],
];

interface DemoCustomer {
  owner: string;
  name: string;
  kind?: CustomerKindEnum;
  email?: string;
  phone?: string;
  taxCode?: string;
  officeAddress?: string;
  groups?: string[];
  labels?: string[];
  contacts?: { name: string; title?: string; mobile?: string; email?: string; isPrimary?: boolean }[];
}

const CUSTOMERS: DemoCustomer[] = [
  {
    owner: 'staff1@sen.local',
    name: 'Công ty cổ phần sản xuất nhựa PC',
    email: 'lienhe@nhuapc.vn',
    phone: '02473004666',
    taxCode: '0101245486',
    officeAddress: 'Số 12 Nguyễn Văn Cừ, Long Biên, Hà Nội',
    groups: ['Khách hàng VIP'],
    labels: ['Nhựa', 'Ưu tiên'],
    contacts: [
      { name: 'Nguyễn Minh Trang', title: 'Kế toán', mobile: '0912345001', isPrimary: true },
      { name: 'Phạm Đức Anh', title: 'Giám đốc', mobile: '0912345002' },
    ],
  },
  {
    owner: 'staff1@sen.local',
    name: 'Công ty TNHH Thương mại Hoàng Long',
    email: 'info@hoanglong.com.vn',
    phone: '0983456789',
    officeAddress: '45 Lê Lợi, Quận 1, TP Hồ Chí Minh',
    groups: ['Đại lý'],
    contacts: [
      { name: 'Trần Thu Hà', title: 'Trưởng phòng mua hàng', mobile: '0983456001', isPrimary: true },
    ],
  },
  {
    owner: 'staff1@sen.local',
    name: 'Nguyễn Văn Đức',
    kind: CustomerKindEnum.B2C,
    phone: '0904111222',
    officeAddress: '8 Trần Phú, Hải Châu, Đà Nẵng',
    groups: ['Khách lẻ'],
  },
  {
    owner: 'staff2@sen.local',
    name: 'Công ty CP Xây dựng Sông Hồng',
    email: 'contact@songhong.vn',
    phone: '02438261111',
    officeAddress: '102 Giải Phóng, Hai Bà Trưng, Hà Nội',
    groups: ['Khách hàng VIP'],
    labels: ['Dự án'],
    contacts: [{ name: 'Lê Quang Vinh', title: 'Phó giám đốc', mobile: '0977000111', isPrimary: true }],
  },
  {
    owner: 'staff2@sen.local',
    name: 'Cửa hàng Điện máy Phương Nam',
    phone: '0356789012',
    officeAddress: '23 Nguyễn Huệ, Ninh Kiều, Cần Thơ',
    groups: ['Đại lý'],
  },
  {
    owner: 'manager@sen.local',
    name: 'Tập đoàn Đại Việt',
    email: 'sales@daiviet.vn',
    phone: '0868123456',
    officeAddress: '1 Phạm Văn Bạch, Cầu Giấy, Hà Nội',
    contacts: [{ name: 'Hoàng Thị Yến', title: 'Thư ký', email: 'yen.ht@daiviet.vn', isPrimary: true }],
  },
];

/** Demo categories, customers and contacts, created through the services (so they are logged). */
export async function seedDemoCustomers(ds: DataSource, services: Services): Promise<void> {
  const users = await ds.getRepository(User).find();
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const admin = users.find((u) => u.role === 'ADMIN')!;
  const ids = new Map<string, string>();
  for (const [kind, names] of CATEGORIES) {
    for (const name of names) {
      ids.set(name, (await services.categories.create(actingAs(admin), kind, name)).id);
    }
  }
  for (const c of CUSTOMERS) {
    const owner = actingAs(byEmail.get(c.owner)!);
    const { contacts = [], groups = [], owner: _o, ...fields } = c;
    const customer = await services.customers.create(owner, {
      ...fields,
      groupIds: groups.map((g) => ids.get(g)!),
    });
    for (const contact of contacts) {
      await services.contacts.create(owner, { ...contact, customerId: customer.id });
    }
  }
}
