import { addDays, computeTotals, vietnamDay, vietnamDayStart, type VatRate } from '@sen/shared';
import type { DataSource } from 'typeorm';
import { actingAs, type AuthUser } from '../../core/caller';
import { ActivityStatusEnum, ActivityTypeEnum } from '../../modules/activity/activity.entity';
import type { Product } from '../../modules/product/product.entity';
import { User } from '../../modules/user/user.entity';
import type { Services } from '../../services';

/**
 * The demo company's sales story (README "The demo data"), told through the app's own services so
 * numbering, totals, statuses, customer levels (CUS-03), history and audit are what a user would
 * get by doing it by hand. Every date is relative to today, so the story stays current:
 *
 * - Công ty cổ phần sản xuất nhựa PC — Đã ký: a call, an opportunity won, a quote accepted, a signed
 *   contract with a three-instalment schedule (the first paid, the second due this week);
 * - Tập đoàn Đại Việt — Đã ký: a signed contract, its order delivered, an invoice part-paid, a care card,
 *   and a second deal in negotiation;
 * - Công ty TNHH Thương mại Hoàng Long — Tiếp cận: an order delivered whose invoice is overdue, an
 *   opportunity at "Đề xuất" with a quote sent, a care card;
 * - Công ty CP Xây dựng Sông Hồng — Tiếp cận: a meeting, a large opportunity in negotiation, a draft
 *   quote, an appointment later this week;
 * - Cửa hàng Điện máy Phương Nam — Tiếp cận: an order paid in full, then an unhappy care call;
 * - Công ty TNHH Dược phẩm Minh Châu — Quan tâm (by hand), an opportunity being analysed, a contact
 *   whose birthday is this week;
 * - Công ty CP Thực phẩm Sao Mai — Tạm ngừng (by hand) after its opportunity was lost to a cheaper supplier;
 * - Nguyễn Văn Đức and Nhà hàng Hương Sen — still Mới (the restaurant's founding anniversary is this week).
 *
 * Call after the demo customers, campaigns and activities. Not seeded under NODE_ENV=test (see
 * seedInitialData): the API tests keep the small demo base they count on.
 */

interface DemoProduct {
  code: string;
  name: string;
  unit: string;
  kind: 'GOODS' | 'SERVICE';
  price: string;
  vatRate: VatRate;
  description?: string;
}

const PRODUCTS: DemoProduct[] = [
  {
    code: 'LN-RO10',
    name: 'Máy lọc nước RO Karofi 10 lõi',
    unit: 'Chiếc',
    kind: 'GOODS',
    price: '8500000',
    vatRate: 'TEN',
    description: 'Công suất 20 lít/giờ, có đèn UV diệt khuẩn.',
  },
  {
    code: 'DH-DK15',
    name: 'Điều hòa Daikin Inverter 1,5 HP',
    unit: 'Bộ',
    kind: 'GOODS',
    price: '12900000',
    vatRate: 'TEN',
  },
  {
    code: 'NT-BLV12',
    name: 'Bàn làm việc gỗ An Cường 1m2',
    unit: 'Chiếc',
    kind: 'GOODS',
    price: '3200000',
    vatRate: 'TEN',
  },
  {
    code: 'NT-GHP',
    name: 'Ghế công thái học Hòa Phát',
    unit: 'Chiếc',
    kind: 'GOODS',
    price: '2450000',
    vatRate: 'TEN',
  },
  {
    code: 'CAM-EZ',
    name: 'Camera an ninh Ezviz C6N',
    unit: 'Chiếc',
    kind: 'GOODS',
    price: '1150000',
    vatRate: 'TEN',
  },
  {
    code: 'CF-BMT1',
    name: 'Cà phê rang xay Buôn Ma Thuột 1 kg',
    unit: 'Gói',
    kind: 'GOODS',
    price: '320000',
    vatRate: 'FIVE',
  },
  {
    code: 'PM-BH12',
    name: 'Phần mềm quản lý bán hàng – gói 12 tháng',
    unit: 'Gói',
    kind: 'SERVICE',
    price: '24000000',
    vatRate: 'TEN',
  },
  {
    code: 'DV-LD',
    name: 'Dịch vụ lắp đặt và bảo trì',
    unit: 'Lần',
    kind: 'SERVICE',
    price: '1500000',
    vatRate: 'EIGHT',
  },
];

interface NewCustomer {
  owner: string;
  name: string;
  kind?: 'B2B' | 'B2C';
  level?: 'INTERESTED';
  email?: string;
  phone?: string;
  officeAddress?: string;
  foundedOn?: string;
  groups?: string[];
  contact?: { name: string; title?: string; mobile?: string; birthday?: string };
}

export async function seedDemoStory(ds: DataSource, services: Services, now = new Date()): Promise<void> {
  const users = new Map((await ds.getRepository(User).find()).map((u) => [u.email, u]));
  const as = (email: string): AuthUser => actingAs(users.get(email)!);
  const admin = as('admin@sen.local');
  const manager = as('manager@sen.local');
  const duc = as('staff1@sen.local');
  const anh = as('staff2@sen.local');
  const today = vietnamDay(now);
  const day = (n: number) => addDays(today, n);
  /** Some years ago, on the day `n` days from today (birthdays, anniversaries). */
  const yearsAgo = (years: number, n: number) => {
    const d = day(n);
    return `${Number(d.slice(0, 4)) - years}${d.slice(4)}`;
  };
  const at = (n: number, hour: number) => new Date(vietnamDayStart(day(n)).getTime() + hour * 3_600_000);

  const products = new Map<string, Product>();
  for (const p of PRODUCTS) {
    products.set(p.code, await services.products.create(admin, p as never));
  }
  const line = (code: string, quantity: number, discountPercent?: string) => {
    const p = products.get(code)!;
    return {
      productId: p.id,
      quantity: String(quantity),
      unitPrice: p.price!,
      vatRate: p.vatRate,
      ...(discountPercent ? { discountPercent } : {}),
    };
  };
  const totalOf = (lines: ReturnType<typeof line>[]) => computeTotals(lines).total;
  /** A story's sale: the order, delivered at once, and its invoice, issued. */
  const deliverAndInvoice = async (by: AuthUser, order: object, invoice: object) => {
    const created = await services.orders.create(by, order as never);
    const delivered = await services.orders.update(by, created.id, {
      status: 'DELIVERED',
      version: created.version,
    } as never);
    const draft = await services.invoices.create(by, { orderId: delivered.id, ...invoice } as never);
    return { order: delivered, invoice: await services.invoices.issue(by, draft.id, draft.version) };
  };

  const groups = new Map<string, string>(
    (await ds.query(`SELECT id, name FROM category`)).map((c: { id: string; name: string }) => [
      c.name,
      c.id,
    ]),
  );
  const NEW_CUSTOMERS: NewCustomer[] = [
    {
      owner: 'staff1@sen.local',
      name: 'Công ty TNHH Dược phẩm Minh Châu',
      level: 'INTERESTED',
      email: 'muahang@minhchaupharma.vn',
      phone: '02838123456',
      officeAddress: '215 Nguyễn Thị Minh Khai, Quận 3, TP Hồ Chí Minh',
      groups: ['Khách hàng VIP'],
      contact: {
        name: 'Đỗ Thu Thảo',
        title: 'Trưởng phòng hành chính',
        mobile: '0909123789',
        birthday: yearsAgo(34, 3),
      },
    },
    {
      owner: 'manager@sen.local',
      name: 'Công ty CP Thực phẩm Sao Mai',
      email: 'info@saomaifood.vn',
      phone: '02923888999',
      officeAddress: 'KCN Trà Nóc, Bình Thủy, Cần Thơ',
      groups: ['Đại lý'],
      contact: { name: 'Võ Minh Khang', title: 'Giám đốc mua hàng', mobile: '0918456123' },
    },
    {
      owner: 'staff1@sen.local',
      name: 'Nhà hàng Hương Sen',
      phone: '0243 9999 888',
      officeAddress: '36 Hàng Bè, Hoàn Kiếm, Hà Nội',
      foundedOn: yearsAgo(8, 2),
      groups: ['Khách lẻ'],
    },
  ];
  for (const c of NEW_CUSTOMERS) {
    const { owner, groups: g = [], contact, ...fields } = c;
    const made = await services.customers.create(as(owner), {
      ...fields,
      groupIds: g.map((n) => groups.get(n)!),
    } as never);
    if (contact) {
      await services.contacts.create(as(owner), { ...contact, customerId: made.id, isPrimary: true });
    }
  }
  const customers = new Map<string, string>(
    (await ds.query(`SELECT id, name FROM customer`)).map((c: { id: string; name: string }) => [
      c.name,
      c.id,
    ]),
  );
  const id = (name: string) => customers.get(name)!;
  const activity = (
    by: AuthUser,
    customer: string,
    name: string,
    type: ActivityTypeEnum,
    dueIn: number,
    hour: number,
    status?: ActivityStatusEnum,
    description?: string,
  ) =>
    services.activities.create(by, {
      name,
      type,
      status,
      description,
      dueAt: at(dueIn, hour),
      assigneeId: by.id,
      customerIds: [id(customer)],
    } as never);

  // Công ty cổ phần sản xuất nhựa PC: from a call to a signed contract paid in instalments.
  {
    const pc = 'Công ty cổ phần sản xuất nhựa PC';
    await activity(
      duc,
      pc,
      'Gọi giới thiệu máy lọc nước cho nhà xưởng',
      ActivityTypeEnum.CALL,
      -45,
      9,
      ActivityStatusEnum.DONE,
      'Anh Đức Anh quan tâm, hẹn khảo sát 3 nhà xưởng ở Long Biên.',
    );
    await activity(
      duc,
      pc,
      'Khảo sát nhà xưởng Long Biên',
      ActivityTypeEnum.MEETING,
      -40,
      14,
      ActivityStatusEnum.DONE,
    );
    const lines = [line('LN-RO10', 12, '5'), line('DV-LD', 12)];
    const opp = await services.opportunities.create(duc, {
      name: 'Máy lọc nước cho 3 nhà xưởng',
      customerId: id(pc),
      stage: 'PROPOSAL',
      expectedValue: String(totalOf(lines)),
      expectedCloseDate: day(-30),
      sourceId: groups.get('Giới thiệu'),
    } as never);
    let quote = await services.quotes.create(duc, {
      customerId: id(pc),
      opportunityId: opp.id,
      date: day(-38),
      validUntil: day(0),
      terms: 'Bảo hành 24 tháng, lắp đặt miễn phí trong nội thành Hà Nội.',
      lines,
    } as never);
    quote = await services.quotes.setStatus(duc, quote.id, { status: 'SENT', version: quote.version });
    await services.quotes.setStatus(duc, quote.id, { status: 'ACCEPTED', version: quote.version });
    await services.opportunities.move(duc, opp.id, { stage: 'WON', version: opp.version });
    const total = totalOf(lines);
    const first = (total * 4n) / 10n;
    const second = (total * 3n) / 10n;
    const contract = await services.contracts.create(duc, {
      customerId: id(pc),
      quoteId: quote.id,
      opportunityId: opp.id,
      signedOn: day(-30),
      validFrom: day(-30),
      validTo: day(335),
      signed: true,
      status: 'ACTIVE',
      terms: 'Thanh toán 3 đợt: 40 % khi ký, 30 % khi lắp đặt xong, 30 % sau nghiệm thu.',
      lines,
      instalments: [
        { dueDate: day(-25), amount: String(first) },
        { dueDate: day(3), amount: String(second) },
        { dueDate: day(45), amount: String(total - first - second) },
      ],
    } as never);
    const [instalment] = await ds.query(
      `SELECT id FROM contract_instalment WHERE contract_id = $1 ORDER BY due_date LIMIT 1`,
      [contract.id],
    );
    await services.receipts.create(duc, {
      customerId: id(pc),
      date: day(-24),
      amount: String(first),
      method: 'TRANSFER',
      note: 'Thanh toán đợt 1 theo hợp đồng',
      allocations: [{ instalmentId: instalment.id, amount: String(first) }],
    } as never);
  }

  // Tập đoàn Đại Việt: a signed contract, its order delivered, the invoice part-paid, a care call.
  {
    const dv = 'Tập đoàn Đại Việt';
    await activity(
      manager,
      dv,
      'Gửi hồ sơ năng lực cho Đại Việt',
      ActivityTypeEnum.EMAIL,
      -70,
      10,
      ActivityStatusEnum.DONE,
    );
    const lines = [line('PM-BH12', 5), line('DH-DK15', 8, '3')];
    const opp = await services.opportunities.create(manager, {
      name: 'Phần mềm bán hàng và điều hòa cho văn phòng mới',
      customerId: id(dv),
      stage: 'NEGOTIATION',
      expectedValue: String(totalOf(lines)),
      expectedCloseDate: day(-62),
    } as never);
    await services.opportunities.move(manager, opp.id, { stage: 'WON', version: opp.version });
    const contract = await services.contracts.create(manager, {
      customerId: id(dv),
      opportunityId: opp.id,
      signedOn: day(-60),
      validFrom: day(-60),
      validTo: day(305),
      signed: true,
      status: 'ACTIVE',
      lines,
    } as never);
    const { order, invoice } = await deliverAndInvoice(
      manager,
      {
        customerId: id(dv),
        contractId: contract.id,
        date: day(-55),
        deliveryAddress: '1 Phạm Văn Bạch, Cầu Giấy, Hà Nội',
        deliveryDate: day(-50),
        lines,
      },
      { date: day(-50), dueDate: day(10), paymentMethod: 'TRANSFER' },
    );
    const half = totalOf(lines) / 2n;
    await services.receipts.create(manager, {
      customerId: id(dv),
      date: day(-40),
      amount: String(half),
      method: 'TRANSFER',
      note: 'Tạm ứng 50 %',
      allocations: [{ invoiceId: invoice.id, amount: String(half) }],
    } as never);
    await services.careCards.create(manager, {
      customerId: id(dv),
      orderId: order.id,
      orderNumber: order.number,
      careDate: day(-7),
      channel: 'Điện thoại',
      satisfaction: 'Hài lòng',
      result: 'Phần mềm chạy ổn, cần thêm 2 buổi đào tạo cho kế toán.',
      tags: ['Sau bán hàng'],
    } as never);
    await services.opportunities.create(manager, {
      name: 'Mở rộng phần mềm bán hàng cho 3 chi nhánh',
      customerId: id(dv),
      stage: 'NEGOTIATION',
      expectedValue: String(totalOf([line('PM-BH12', 3), line('DV-LD', 3)])),
      expectedCloseDate: day(12),
    } as never);
  }

  // Công ty TNHH Thương mại Hoàng Long: an overdue invoice, a quote sent for the next deal.
  {
    const hl = 'Công ty TNHH Thương mại Hoàng Long';
    const lines = [line('NT-BLV12', 12), line('NT-GHP', 12)];
    const { order } = await deliverAndInvoice(
      duc,
      {
        customerId: id(hl),
        date: day(-22),
        deliveryAddress: '45 Lê Lợi, Quận 1, TP Hồ Chí Minh',
        deliveryDate: day(-18),
        lines,
      },
      { date: day(-18), dueDate: day(-3), paymentMethod: 'CASH_OR_TRANSFER' },
    );
    await services.careCards.create(duc, {
      customerId: id(hl),
      orderId: order.id,
      orderNumber: order.number,
      careDate: day(-10),
      channel: 'Zalo',
      satisfaction: 'Bình thường',
      result: 'Hai ghế giao thiếu tay vịn, đã hẹn đổi.',
    } as never);
    const next = [line('LN-RO10', 4), line('CAM-EZ', 8), line('DV-LD', 2)];
    const opp = await services.opportunities.create(duc, {
      name: 'Máy lọc nước và camera cho showroom Thủ Đức',
      customerId: id(hl),
      stage: 'PROPOSAL',
      expectedValue: String(totalOf(next)),
      expectedCloseDate: day(14),
    } as never);
    const quote = await services.quotes.create(duc, {
      customerId: id(hl),
      opportunityId: opp.id,
      date: day(-2),
      validUntil: day(13),
      lines: next,
    } as never);
    await services.quotes.setStatus(duc, quote.id, { status: 'SENT', version: quote.version });
    await activity(duc, hl, 'Nhắc Hoàng Long thanh toán hóa đơn quá hạn', ActivityTypeEnum.CALL, 1, 10);
  }

  // Công ty CP Xây dựng Sông Hồng: a big deal in negotiation.
  {
    const sh = 'Công ty CP Xây dựng Sông Hồng';
    await activity(
      anh,
      sh,
      'Gặp anh Vinh tại công trường Giải Phóng',
      ActivityTypeEnum.MEETING,
      -6,
      9,
      ActivityStatusEnum.DONE,
    );
    const lines = [line('DH-DK15', 80, '8'), line('DV-LD', 80)];
    const opp = await services.opportunities.create(anh, {
      name: 'Điều hòa cho dự án chung cư Sông Hồng Park',
      customerId: id(sh),
      stage: 'NEGOTIATION',
      expectedValue: String(totalOf(lines)),
      expectedCloseDate: day(20),
      sourceId: groups.get('Hội chợ triển lãm'),
    } as never);
    await services.quotes.create(anh, {
      customerId: id(sh),
      opportunityId: opp.id,
      date: day(-1),
      validUntil: day(29),
      lines,
    } as never);
    await activity(anh, sh, 'Chốt giá điều hòa với ban quản lý dự án', ActivityTypeEnum.APPOINTMENT, 2, 14);
  }

  // Cửa hàng Điện máy Phương Nam: an order paid in full, then an unhappy care call.
  {
    const pn = 'Cửa hàng Điện máy Phương Nam';
    const lines = [line('CAM-EZ', 6), line('DV-LD', 1)];
    const { order, invoice } = await deliverAndInvoice(
      anh,
      { customerId: id(pn), date: day(-95), deliveryDate: day(-92), lines },
      { date: day(-92), dueDate: day(-77) },
    );
    await services.receipts.create(anh, {
      customerId: id(pn),
      date: day(-80),
      amount: String(totalOf(lines)),
      method: 'CASH',
      allocations: [{ invoiceId: invoice.id, amount: String(totalOf(lines)) }],
    } as never);
    await services.careCards.create(anh, {
      customerId: id(pn),
      orderId: order.id,
      orderNumber: order.number,
      careDate: day(-60),
      channel: 'Điện thoại',
      satisfaction: 'Không hài lòng',
      result: 'Khách phàn nàn thời gian bảo hành, tạm dừng nhập hàng.',
    } as never);
  }

  // Công ty TNHH Dược phẩm Minh Châu (Quan tâm): an opportunity being analysed.
  await services.opportunities.create(duc, {
    name: 'Máy lọc nước cho chuỗi 15 nhà thuốc',
    customerId: id('Công ty TNHH Dược phẩm Minh Châu'),
    stage: 'NEEDS_ANALYSIS',
    expectedValue: String(totalOf([line('LN-RO10', 15), line('DV-LD', 15)])),
    expectedCloseDate: day(40),
    sourceId: groups.get('Website'),
  } as never);

  // Công ty CP Thực phẩm Sao Mai: approached, the deal lost on price, paused by hand.
  {
    const sm = 'Công ty CP Thực phẩm Sao Mai';
    await activity(
      manager,
      sm,
      'Gửi báo giá cà phê quà Tết',
      ActivityTypeEnum.EMAIL,
      -20,
      15,
      ActivityStatusEnum.DONE,
    );
    const opp = await services.opportunities.create(manager, {
      name: 'Quà Tết cho 300 nhân viên',
      customerId: id(sm),
      stage: 'PROPOSAL',
      expectedValue: String(totalOf([line('CF-BMT1', 300)])),
      expectedCloseDate: day(-5),
    } as never);
    await services.opportunities.move(manager, opp.id, {
      stage: 'LOST',
      version: opp.version,
      lostReason: 'Khách chọn nhà cung cấp khác rẻ hơn 8 %.',
    });
    const [c] = await ds.query(`SELECT version FROM customer WHERE id = $1`, [id(sm)]);
    await services.customers.update(manager, id(sm), { level: 'PAUSED', version: c.version } as never);
  }
}
