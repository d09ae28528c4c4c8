import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id code name level email phone taxCode createdAt } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { id name level version } }`;

let admin: string;
let staff1: string;
let staff2: string;

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
const h = crm(app);

describe('createCustomer', () => {
  it('creates with an automatic code, level NEW and values normalised (X-09), and logs every field', async () => {
    const c = await h.createCustomer(staff1, {
      name: '  Công ty   TNHH An Phát ',
      email: ' ANPHAT@Gmail.com ',
      phone: '+84 912 000 111',
      taxCode: '0100109106',
    });
    expect(c).toMatchObject({
      name: 'Công ty TNHH An Phát',
      level: 'NEW',
      email: 'anphat@gmail.com',
      phone: '0912000111',
    });
    expect(c.code).toMatch(/^KH\d{6}$/);
    const log = await app.gql<{
      auditLogs: { nodes: { action: string; changes: Record<string, { to: unknown }> }[] };
    }>(
      'query($id: String) { auditLogs(filter: { recordId: $id }) { nodes { action changes } } }',
      { id: c.id },
      { token: admin },
    );
    expect(log.data!.auditLogs.nodes).toHaveLength(1);
    expect(log.data!.auditLogs.nodes[0].action).toBe('CREATE');
    expect(log.data!.auditLogs.nodes[0].changes.phone.to).toBe('0912000111');
  });

  it.each([
    [
      'email',
      { email: 'AnPhat@gmail.com ' },
      'Email đã tồn tại trong khách hàng Công ty TNHH An Phát thuộc chủ sở hữu Nguyễn Văn Đức',
    ],
    [
      'phone',
      { phone: '84912000111' },
      'Số điện thoại đã tồn tại trong khách hàng Công ty TNHH An Phát thuộc chủ sở hữu Nguyễn Văn Đức',
    ],
    [
      'taxCode',
      { taxCode: ' 0100109106 ' },
      'Mã số thuế đã tồn tại trong khách hàng Công ty TNHH An Phát thuộc chủ sở hữu Nguyễn Văn Đức',
    ],
  ])(
    'refuses a duplicate %s, compared normalised, with the seed message, changing nothing',
    async (field, input, message) => {
      const before = await app.snapshot(['customer', 'audit_log']);
      const r = await app.gql(CREATE, { i: { name: 'Khách khác', ...input } }, { token: staff2 });
      expect(r.errors![0].extensions.code).toBe('DUPLICATE');
      expect(r.errors![0].message).toBe(message);
      expect(r.errors![0].extensions.duplicate).toMatchObject({
        field,
        existingName: 'Công ty TNHH An Phát',
        ownerName: 'Nguyễn Văn Đức',
      });
      expect(await app.snapshot(['customer', 'audit_log'])).toEqual(before);
    },
  );

  it('answers the duplicate message in English on request', async () => {
    const r = await app.gql(
      CREATE,
      { i: { name: 'X', email: 'anphat@gmail.com' } },
      { token: staff2, lang: 'en' },
    );
    expect(r.errors![0].message).toBe(
      'E-mail already exists in customer Công ty TNHH An Phát owned by Nguyễn Văn Đức',
    );
  });

  it('validates tax codes by their check digit and accepts branch and 12-digit codes', async () => {
    const bad = await app.gql(CREATE, { i: { name: 'Thuế sai', taxCode: '0101245487' } }, { token: staff1 });
    expect(bad.errors![0].extensions.fieldErrors).toEqual([
      { field: 'taxCode', message: expect.stringContaining('Mã số thuế không hợp lệ') },
    ]);
    const branch = await h.createCustomer(staff1, { name: 'Chi nhánh', taxCode: '0101245486-001' });
    expect(branch.taxCode).toBe('0101245486-001');
    const personal = await h.createCustomer(staff1, {
      name: 'Cá nhân',
      kind: 'B2C',
      taxCode: '001234567890',
    });
    expect(personal.taxCode).toBe('001234567890');
  });

  it('lets only one of concurrent creates of the same checked e-mail through', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        app.gql(
          CREATE,
          { i: { name: `Đua ${i}`, email: 'race@khach.vn' } },
          { token: i % 2 ? staff1 : staff2 },
        ),
      ),
    );
    expect(results.filter((r) => r.data?.createCustomer)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'DUPLICATE')).toHaveLength(3);
  });

  it('refuses a level other than NEW, INTERESTED or PAUSED at creation', async () => {
    const r = await app.gql(CREATE, { i: { name: 'Ký luôn', level: 'SIGNED' } }, { token: staff1 });
    expect(r.errors![0].extensions.fieldErrors).toEqual([{ field: 'level', message: expect.any(String) }]);
  });
});

describe('field rules (DUP-01)', () => {
  const SET = `mutation($m: String!, $r: [FieldRuleInput!]!) { setFieldRules(module: $m, rules: $r) { field required unique } }`;

  it('are set by an admin only, and enforced on create and edit', async () => {
    const denied = await app.gql(
      SET,
      { m: 'customer', r: [{ field: 'officeAddress', required: true, unique: false }] },
      { token: staff1 },
    );
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');
    const ok = await app.gql<{ setFieldRules: { field: string; required: boolean }[] }>(
      SET,
      {
        m: 'customer',
        r: [
          { field: 'officeAddress', required: true, unique: false },
          { field: 'name', required: true, unique: true },
        ],
      },
      { token: admin },
    );
    expect(ok.data!.setFieldRules.find((f) => f.field === 'officeAddress')!.required).toBe(true);

    const before = await app.snapshot(['customer']);
    const missing = await app.gql(CREATE, { i: { name: 'Thiếu địa chỉ' } }, { token: staff1 });
    expect(missing.errors![0].extensions.fieldErrors).toEqual([
      { field: 'officeAddress', message: 'Trường này là bắt buộc.' },
    ]);
    const sameName = await app.gql(
      CREATE,
      { i: { name: 'cong ty tnhh an phat', officeAddress: 'Huế' } },
      { token: staff2 },
    );
    expect(sameName.errors![0].extensions.code).toBe('DUPLICATE');
    expect(await app.snapshot(['customer'])).toEqual(before);

    const c = await h.createCustomer(staff1, { name: 'Có địa chỉ', officeAddress: 'Huế' });
    const cleared = await app.gql(
      UPDATE,
      { id: c.id, i: { officeAddress: '  ', version: c.version } },
      { token: staff1 },
    );
    expect(cleared.errors![0].extensions.fieldErrors).toEqual([
      { field: 'officeAddress', message: 'Trường này là bắt buộc.' },
    ]);

    await app.gql(
      SET,
      {
        m: 'customer',
        r: [
          { field: 'officeAddress', required: false, unique: false },
          { field: 'name', required: true, unique: false },
        ],
      },
      { token: admin },
    );
  });

  it('refuses a rule for an unknown field or a unique rule the field cannot have', async () => {
    const r = await app.gql(
      SET,
      { m: 'customer', r: [{ field: 'nope', required: true, unique: false }] },
      { token: admin },
    );
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const m = await app.gql(SET, { m: 'orders', r: [] }, { token: admin });
    expect(m.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('code and created date modes (PAR-02, PAR-03)', () => {
  const PARAMS = `mutation($i: SystemParametersInput!) { updateSystemParameters(input: $i) { customerCodeMode createdDateMode customerCodePrefix customerCodeWidth } }`;

  it('follows the prefix and width, then requires a typed, unique code in MANUAL mode', async () => {
    await app.gql(PARAMS, { i: { customerCodePrefix: 'KHA', customerCodeWidth: 4 } }, { token: admin });
    const auto = await h.createCustomer(staff1, { name: 'Mã tự động' });
    expect(auto.code).toMatch(/^KHA\d{4}$/);

    const denied = await app.gql(PARAMS, { i: { customerCodeMode: 'MANUAL' } }, { token: staff1 });
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');
    await app.gql(PARAMS, { i: { customerCodeMode: 'MANUAL', createdDateMode: 'MANUAL' } }, { token: admin });
    const none = await app.gql(CREATE, { i: { name: 'Không mã' } }, { token: staff1 });
    expect(none.errors![0].extensions.fieldErrors).toEqual([
      { field: 'code', message: 'Trường này là bắt buộc.' },
    ]);
    const typed = await app.gql<{ createCustomer: { code: string; createdAt: string } }>(
      CREATE,
      { i: { name: 'Có mã', code: 'kh-hn-01', createdAt: '2024-05-01T09:00:00+07:00' } },
      { token: staff1 },
    );
    expect(typed.data!.createCustomer).toMatchObject({
      code: 'KH-HN-01',
      createdAt: '2024-05-01T02:00:00.000Z',
    });
    const again = await app.gql(CREATE, { i: { name: 'Trùng mã', code: 'KH-HN-01' } }, { token: staff2 });
    expect(again.errors![0].extensions.code).toBe('DUPLICATE');
    expect(again.errors![0].message).toContain('Mã khách hàng đã tồn tại');

    await app.gql(
      PARAMS,
      {
        i: {
          customerCodeMode: 'AUTO',
          createdDateMode: 'AUTO',
          customerCodePrefix: 'KH',
          customerCodeWidth: 6,
        },
      },
      { token: admin },
    );
    const ignored = await app.gql<{ createCustomer: { createdAt: string } }>(
      CREATE,
      { i: { name: 'Ngày tự động', createdAt: '2020-01-01T00:00:00Z' } },
      { token: staff1 },
    );
    expect(ignored.data!.createCustomer.createdAt.startsWith('2020')).toBe(false);
  });
});

describe('updateCustomer', () => {
  it('bumps the version, logs before → after, and refuses a stale version with CONFLICT', async () => {
    const c = await h.createCustomer(staff1, { name: 'Sửa tôi' });
    const r = await app.gql<{ updateCustomer: { version: number; level: string } }>(
      UPDATE,
      { id: c.id, i: { name: 'Đã sửa', level: 'INTERESTED', version: c.version } },
      { token: staff1 },
    );
    expect(r.data!.updateCustomer).toMatchObject({ version: c.version + 1, level: 'INTERESTED' });
    const log = await app.gql<{ auditLogs: { nodes: { changes: unknown }[] } }>(
      'query($id: String) { auditLogs(filter: { recordId: $id, actions: [UPDATE] }) { nodes { changes } } }',
      { id: c.id },
      { token: admin },
    );
    expect(log.data!.auditLogs.nodes[0].changes).toEqual({
      name: { from: 'Sửa tôi', to: 'Đã sửa' },
      level: { from: 'NEW', to: 'INTERESTED' },
    });
    const before = await app.snapshot(['customer', 'audit_log']);
    const stale = await app.gql(
      UPDATE,
      { id: c.id, i: { name: 'Cũ', version: c.version } },
      { token: staff1 },
    );
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: c.version + 1 });
    const signed = await app.gql(
      UPDATE,
      { id: c.id, i: { level: 'SIGNED', version: c.version + 1 } },
      { token: staff1 },
    );
    expect(signed.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(['customer', 'audit_log'])).toEqual(before);
  });
});
