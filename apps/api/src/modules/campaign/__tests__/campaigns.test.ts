import { crm } from '../../../test/crm';
import { ok, useTestApp } from '../../../test/harness';
import { CAMPAIGN_TABLES, campaignApi } from '../campaign-test-helpers';

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);
const c = campaignApi(app);
const h = crm(app);

describe('Thêm mới / Sửa chiến dịch (CMP-01, CMP-02)', () => {
  it('creates with a generated code, money as VND strings and expense lines', async () => {
    const r = await app.gql<{ createCampaign: Record<string, unknown> }>(
      `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) {
         code name startDate endDate budget totalExpenses expenses { item amount date } creator { email }
         keyMap { key status } stats { registered } status } }`,
      {
        i: {
          name: '  Hội thảo   khách hàng  ',
          startDate: '2026-03-01',
          endDate: '2099-03-31',
          budget: '150000000',
          expenses: [
            { item: 'Thuê hội trường', amount: '12000000', date: '2026-03-01' },
            { item: 'In ấn', amount: '3500000' },
          ],
          keyMap: [{ key: '1', status: 'CONFIRMED' }],
        },
      },
      { token: staff2 },
    );
    expect(ok(r).createCampaign).toMatchObject({
      name: 'Hội thảo khách hàng',
      budget: '150000000',
      totalExpenses: '15500000',
      creator: { email: 'staff2@sen.local' },
      stats: { registered: 0 },
      status: 'RUNNING',
    });
    expect(r.data!.createCampaign.code).toMatch(/^CD\d{6}$/);
  });

  it('refuses bad input field by field, in Vietnamese or English, and changes nothing', async () => {
    const before = await app.snapshot(CAMPAIGN_TABLES);
    const bad = { name: ' ', startDate: '2026-05-02', endDate: '2026-05-01', budget: '12500' };
    const vi = await app.gql(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: bad },
      { token: staff1 },
    );
    expect(vi.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = vi.errors![0].extensions.fieldErrors as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['endDate', 'name']);
    expect(fields.find((f) => f.field === 'name')!.message).toBe('Trường này là bắt buộc.');
    const en = await app.gql(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: bad },
      { token: staff1, lang: 'en' },
    );
    expect((en.errors![0].extensions.fieldErrors as { message: string }[]).map((f) => f.message)).toContain(
      'The end date must not be before the start date.',
    );
    expect(await app.snapshot(CAMPAIGN_TABLES)).toEqual(before);
  });

  it('updates with the version; a stale version or someone else’s campaign changes nothing', async () => {
    const k = await c.create(staff2, { name: 'Ra mắt sản phẩm', code: 'RAMAT-01' });
    const upd = (token: string, input: Record<string, unknown>) =>
      app.gql<{ updateCampaign: { name: string; version: number; goals: string } }>(
        'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { name version goals } }',
        { id: k.id, i: input },
        { token },
      );
    const ok = await upd(staff2, { version: k.version, goals: '500 khách tham gia' });
    expect(ok.data!.updateCampaign).toEqual({
      name: 'Ra mắt sản phẩm',
      version: 2,
      goals: '500 khách tham gia',
    });
    const before = await app.snapshot(CAMPAIGN_TABLES);
    const stale = await upd(staff2, { version: 1, name: 'X' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const other = await upd(staff1, { version: 2, name: 'X' });
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const dupCode = await c
      .create(staff2, { name: 'Khác' })
      .then((x) =>
        app.gql(
          'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id } }',
          { id: x.id, i: { version: 1, code: 'ramat-01' } },
          { token: staff2 },
        ),
      );
    expect(dupCode.errors![0].extensions.fieldErrors).toEqual([
      { field: 'code', message: 'Mã chiến dịch đã tồn tại.' },
    ]);
    const after = await app.snapshot(CAMPAIGN_TABLES);
    expect(after.campaign.filter((r) => (r as { id: string }).id === k.id)).toEqual(
      before.campaign.filter((r) => (r as { id: string }).id === k.id),
    );
  });

  it('searches the list by name (without diacritics), executor, creator, dates and status', async () => {
    const staff1Id = await h.userId(admin, 'staff1@sen.local');
    await c.create(manager, {
      name: 'Tri ân khách hàng Đà Nẵng',
      startDate: '2025-01-10',
      endDate: '2025-02-01',
      executorId: staff1Id,
    });
    const list = async (filter: Record<string, unknown>) => {
      const r = await app.gql<{ campaigns: { nodes: { name: string }[] } }>(
        'query($f: CampaignFilter) { campaigns(filter: $f, first: 50) { nodes { name } } }',
        { f: filter },
        { token: staff2 },
      );
      return r.data!.campaigns.nodes.map((n) => n.name);
    };
    expect(await list({ search: 'tri an khach hang da nang' })).toEqual(['Tri ân khách hàng Đà Nẵng']);
    expect(await list({ search: 'van duc' })).toEqual(['Tri ân khách hàng Đà Nẵng']); // executor Nguyễn Văn Đức
    expect(await list({ executorIds: [staff1Id] })).toEqual(['Tri ân khách hàng Đà Nẵng']);
    expect(await list({ startFrom: '2025-01-01', startTo: '2025-01-31' })).toEqual([
      'Tri ân khách hàng Đà Nẵng',
    ]);
    expect(await list({ status: 'ENDED' })).toEqual(['Tri ân khách hàng Đà Nẵng']);
    expect(await list({ search: 'tri an', status: 'RUNNING' })).toEqual([]);
  });
});

describe('Thêm khách hàng vào chiến dịch (CMP-05)', () => {
  it('adds by level filter as REGISTERED, skips and counts customers already in', async () => {
    const k = await c.create(staff1, { name: 'Chăm sóc khách quan tâm' });
    const a = await h.createCustomer(staff1, { name: 'Quan Tâm Một', level: 'INTERESTED' });
    await h.createCustomer(staff1, { name: 'Quan Tâm Hai', level: 'INTERESTED' });
    await h.createCustomer(staff1, { name: 'Mới Ba' });
    expect((await c.add(staff1, k.id, [a.id])).data!.addCampaignMembers).toEqual({ added: 1, skipped: 0 });
    const interested = await app.gql<{ customers: { totalCount: number } }>(
      '{ customers(filter: { levels: [INTERESTED] }) { totalCount } }',
      {},
      { token: staff1 },
    );
    const n = interested.data!.customers.totalCount;
    expect(await c.addByFilter(staff1, k.id, { levels: ['INTERESTED'] })).toEqual({
      added: n - 1,
      skipped: 1,
    });
    const members = await c.members(staff1, k.id);
    expect(members.totalCount).toBe(n);
    expect(new Set(members.nodes.map((m) => m.status))).toEqual(new Set(['REGISTERED']));
    expect((await c.add(staff1, k.id, [a.id])).data!.addCampaignMembers).toEqual({ added: 0, skipped: 1 });
  });

  it('adds only customers the caller may see; an invisible one refuses the whole call', async () => {
    const k = await c.create(staff2, { name: 'Marketing riêng' });
    const mine = await h.createCustomer(staff2, { name: 'Của Staff Hai' });
    const notMine = await h.createCustomer(staff1, { name: 'Của Staff Một' });
    const before = await app.snapshot(CAMPAIGN_TABLES);
    const r = await c.add(staff2, k.id, [mine.id, notMine.id]);
    expect(r.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(await app.snapshot(CAMPAIGN_TABLES)).toEqual(before);
    // Tick-all over a filter only reaches the caller's own scope.
    const added = await c.addByFilter(staff2, k.id, { search: 'của staff' });
    expect(added).toEqual({ added: 1, skipped: 0 });
    // A STAFF who neither created nor runs the campaign may not add to it.
    const before2 = await app.snapshot(CAMPAIGN_TABLES);
    expect((await c.add(staff1, k.id, [notMine.id])).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await app.snapshot(CAMPAIGN_TABLES)).toEqual(before2);
  });

  it('shows STAFF the member rows, but customer details only within their scope', async () => {
    const k = await c.create(admin, { name: 'Toàn công ty' });
    const own = await h.createCustomer(staff1, { name: 'Khách Của Đức', phone: '0912000111' });
    const foreign = await h.createCustomer(staff2, { name: 'Khách Của Anh', phone: '0912000222' });
    await c.add(admin, k.id, [own.id, foreign.id]);
    const rows = await c.members(staff1, k.id);
    const byName = Object.fromEntries(rows.nodes.map((m) => [m.customerName, m.customer]));
    expect(byName['Khách Của Đức']).toMatchObject({ phone: '0912000111' });
    expect(byName['Khách Của Anh']).toBeNull();
    const search = await c.members(staff1, k.id, { search: 'khach cua anh' });
    expect(search.nodes.map((m) => m.customerName)).toEqual(['Khách Của Anh']);
    const staff2Id = await h.userId(admin, 'staff2@sen.local');
    const byOwner = await c.members(staff1, k.id, { ownerIds: [staff2Id] });
    expect(byOwner.nodes.map((m) => m.customerName)).toEqual(['Khách Của Anh']);
    // Join dates are Vietnamese calendar days.
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await c.members(staff1, k.id, { joinedFrom: today, joinedTo: today })).totalCount).toBe(2);
    expect((await c.members(staff1, k.id, { joinedFrom: '2099-01-01' })).totalCount).toBe(0);
    expect((await c.members(staff1, k.id, { statuses: ['REGISTERED'] })).totalCount).toBe(2);
    expect((await c.members(staff1, k.id, { statuses: ['JOINED'] })).totalCount).toBe(0);
  });
});

describe('Trạng thái khách hàng trong chiến dịch (CMP-06, CMP-07)', () => {
  it('moves members through the machine, keeps each change, and counts as the seed defines', async () => {
    const k = await c.create(staff1, { name: 'Hội nghị' });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await h.createCustomer(staff1, { name: `Thành viên ${i}` })).id);
    }
    await c.add(staff1, k.id, ids);
    const m = (await c.members(staff1, k.id)).nodes
      .sort((x, y) => x.customerName.localeCompare(y.customerName))
      .map((x) => x.id);
    expect((await c.change(staff1, [m[0], m[1], m[2]], 'CONFIRMED')).errors).toBeUndefined();
    expect((await c.change(staff1, [m[1]], 'JOINED')).errors).toBeUndefined();
    expect((await c.change(staff1, [m[3]], 'JOINED')).errors).toBeUndefined();
    // Confirmed, then cancelled: leaves the "Xác nhận" total.
    expect((await c.change(staff1, [m[2], m[4]], 'CANCELLED')).errors).toBeUndefined();
    const s = await c.stats(staff1, k.id);
    // Now: REGISTERED m5; CONFIRMED m0; JOINED m1, m3; CANCELLED m2, m4.
    expect(s.statusCounts).toEqual([
      { status: 'REGISTERED', count: 1 },
      { status: 'CONFIRMED', count: 1 },
      { status: 'JOINED', count: 2 },
      { status: 'CANCELLED', count: 2 },
    ]);
    expect(s.stats).toEqual({ registered: 6, confirmed: 3, joined: 2, cancelled: 2 });
    const hist = await app.gql<{
      campaignMembers: {
        nodes: {
          id: string;
          history: { from: string | null; to: string; source: string; user: { email: string } }[];
        }[];
      };
    }>(
      'query($c: ID!) { campaignMembers(campaignId: $c, first: 50) { nodes { id history { from to source user { email } } } } }',
      { c: k.id },
      { token: staff1 },
    );
    expect(hist.data!.campaignMembers.nodes.find((x) => x.id === m[2])!.history).toEqual([
      { from: null, to: 'REGISTERED', source: 'ADD', user: { email: 'staff1@sen.local' } },
      { from: 'REGISTERED', to: 'CONFIRMED', source: 'MANUAL', user: { email: 'staff1@sen.local' } },
      { from: 'CONFIRMED', to: 'CANCELLED', source: 'MANUAL', user: { email: 'staff1@sen.local' } },
    ]);
    const audit = await app.server.db.dataSource.query(
      `SELECT description FROM audit_log WHERE action = 'STATUS_CHANGE' AND record_id = $1 ORDER BY at`,
      [m[2]],
    );
    expect(audit.map((a: { description: string }) => a.description)).toEqual([
      'Chiến dịch Hội nghị: Thành viên 2 chuyển từ Đăng kí sang Xác nhận',
      'Chiến dịch Hội nghị: Thành viên 2 chuyển từ Xác nhận sang Hủy',
    ]);

    // A bulk change with one forbidden move is refused whole, naming the refused members.
    const before = await app.snapshot(CAMPAIGN_TABLES);
    const bad = await c.change(staff1, [m[5], m[0], m[2]], 'JOINED');
    expect(bad.errors![0].extensions).toEqual({
      code: 'INVALID_TRANSITION',
      refused: [{ memberId: m[2], from: 'CANCELLED', to: 'JOINED' }],
    });
    expect(bad.errors![0].message).toBe('Không thể chuyển trạng thái cho 1 khách hàng trong chiến dịch.');
    const back = await c.change(staff1, [m[1]], 'REGISTERED');
    expect(back.errors![0].extensions.code).toBe('INVALID_TRANSITION');
    // Someone who neither created nor runs the campaign (a STAFF user) may not move its members.
    expect((await c.change(staff2, [m[5]], 'CONFIRMED')).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await app.snapshot(CAMPAIGN_TABLES)).toEqual(before);
  });

  it('serialises concurrent changes of one member: every kept move is one the machine allows', async () => {
    const k = await c.create(staff1, { name: 'Đua trạng thái' });
    const cust = await h.createCustomer(staff1, { name: 'Khách Đua' });
    await c.add(staff1, k.id, [cust.id]);
    const [member] = (await c.members(staff1, k.id)).nodes;
    for (let round = 0; round < 3; round++) {
      const targets = ['CANCELLED', 'JOINED', 'CONFIRMED', 'JOINED', 'CANCELLED', 'CONFIRMED'];
      await Promise.all(targets.map((t) => c.change(staff1, [member.id], t)));
    }
    const events: { from_status: string; to_status: string }[] = await app.server.db.dataSource.query(
      'SELECT from_status, to_status FROM campaign_member_event WHERE member_id = $1 ORDER BY id',
      [member.id],
    );
    const allowed: Record<string, string[]> = {
      REGISTERED: ['CONFIRMED', 'JOINED', 'CANCELLED'],
      CONFIRMED: ['JOINED', 'CANCELLED'],
      JOINED: ['CANCELLED'],
      CANCELLED: [],
    };
    let current = 'REGISTERED';
    for (const e of events) {
      expect(e.from_status).toBe(current);
      expect(allowed[current]).toContain(e.to_status);
      current = e.to_status;
    }
    expect(current).toBe('CANCELLED');
    const [{ status }] = await app.server.db.dataSource.query(
      'SELECT status FROM campaign_member WHERE id = $1',
      [member.id],
    );
    expect(status).toBe(current);
  });
});

describe('Thay đổi trạng thái hàng loạt', () => {
  it('moves 250 members at once and logs one summary entry (the per-member detail is the history)', async () => {
    const k = await c.create(admin, { name: 'Hàng loạt' });
    await app.server.db.dataSource.transaction(async (m) => {
      // Set-up only: 250 customers straight into the table, with the audit entries the database demands.
      const rows: { id: string }[] = await m.query(
        `INSERT INTO customer (code, name, owner_id)
         SELECT 'HL' || g, 'Hàng Loạt ' || g, (SELECT id FROM app_user WHERE email = 'admin@sen.local')
           FROM generate_series(1, 250) g RETURNING id`,
      );
      await m.query(
        `INSERT INTO audit_log (action, module, record_id, description) SELECT 'CREATE', 'customer', unnest($1::text[]), 'test'`,
        [rows.map((r) => r.id)],
      );
    });
    expect(await c.addByFilter(admin, k.id, { search: 'hang loat' })).toEqual({ added: 250, skipped: 0 });
    const ids = (
      await app.gql<{ campaignMembers: { nodes: { id: string }[] } }>(
        'query($c: ID!) { campaignMembers(campaignId: $c, first: 200) { nodes { id } } }',
        { c: k.id },
        { token: admin },
      )
    ).data!.campaignMembers.nodes.map((n) => n.id);
    const rest = await app.server.db.dataSource.query(
      'SELECT id FROM campaign_member WHERE campaign_id = $1 AND NOT (id = ANY($2::uuid[]))',
      [k.id, ids],
    );
    const all = [...ids, ...rest.map((r: { id: string }) => r.id)];
    const r = await c.change(admin, all, 'JOINED');
    expect(r.data!.changeCampaignMemberStatus).toHaveLength(250);
    expect((await c.stats(admin, k.id)).stats).toEqual({
      registered: 250,
      confirmed: 250,
      joined: 250,
      cancelled: 0,
    });
    const entries = await app.server.db.dataSource.query(
      `SELECT description, changes FROM audit_log WHERE action = 'STATUS_CHANGE' AND record_id = $1`,
      [k.id],
    );
    expect(entries).toEqual([
      {
        description: 'Chiến dịch Hàng loạt: chuyển 250 khách hàng sang Tham gia',
        changes: { status: { from: { REGISTERED: 250 }, to: { JOINED: 250 } } },
      },
    ]);
    const [{ n }] = await app.server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM campaign_member_event WHERE campaign_id = $1 AND to_status = 'JOINED'`,
      [k.id],
    );
    expect(n).toBe(250);
  });
});

describe('Xóa chiến dịch (CMP-03)', () => {
  it('asks for confirmation when the campaign has members, then deletes it (to the trash) with them', async () => {
    const k = await c.create(staff1, { name: 'Sắp xóa' });
    const cust = await h.createCustomer(staff1, { name: 'Khách Sắp Xóa' });
    await c.add(staff1, k.id, [cust.id]);
    const before = await app.snapshot(CAMPAIGN_TABLES);
    const del = (confirm?: boolean, token = staff1) =>
      app.gql(
        'mutation($id: ID!, $c: Boolean) { deleteCampaign(id: $id, confirm: $c) }',
        { id: k.id, c: confirm },
        { token },
      );
    const ask = await del();
    expect(ask.errors![0].extensions).toEqual({ code: 'CONFIRMATION_REQUIRED', memberCount: 1 });
    expect(ask.errors![0].message).toBe('Chiến dịch có 1 khách hàng. Bạn có chắc chắn muốn xóa?');
    expect((await del(true, staff2)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await app.snapshot(CAMPAIGN_TABLES)).toEqual(before);
    expect((await del(true)).data).toEqual({ deleteCampaign: true });
    const gone = await app.gql(
      'query($id: ID!) { campaign(id: $id) { id } }',
      { id: k.id },
      { token: staff1 },
    );
    expect(gone.errors![0].extensions.code).toBe('NOT_FOUND');
    // The members wait in the trash with it (campaign-trash.test.ts: restored, or purged with it).
    const [{ n }] = await app.server.db.dataSource.query(
      'SELECT count(*)::int AS n FROM campaign_member WHERE campaign_id = $1',
      [k.id],
    );
    expect(n).toBe(1);
    const empty = await c.create(staff1, { name: 'Rỗng' });
    expect(
      (await app.gql('mutation($id: ID!) { deleteCampaign(id: $id) }', { id: empty.id }, { token: staff1 }))
        .data,
    ).toEqual({ deleteCampaign: true });
  });
});

describe('Khách hàng bị xóa vĩnh viễn', () => {
  it('leaves the campaigns it was in, and the counts follow', async () => {
    const k = await c.create(admin, { name: 'Có khách bị xóa' });
    const gone = await h.createCustomer(admin, { name: 'Sắp Xóa Vĩnh Viễn' });
    const stays = await h.createCustomer(admin, { name: 'Ở Lại' });
    await c.add(admin, k.id, [gone.id, stays.id]);
    const [m] = (await c.members(admin, k.id, { search: 'sap xoa' })).nodes;
    await c.change(admin, [m.id], 'JOINED');
    await app.gql(
      'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }',
      { ids: [gone.id] },
      { token: admin },
    );
    const purged = await app.gql(
      'mutation($ids: [ID!]!) { purgeCustomers(ids: $ids) }',
      { ids: [gone.id] },
      { token: admin },
    );
    expect(purged.errors).toBeUndefined();
    const s = await c.stats(admin, k.id);
    expect(s.stats).toEqual({ registered: 1, confirmed: 0, joined: 0, cancelled: 0 });
    expect(s.memberCount).toBe(1);
    expect((await c.members(admin, k.id)).nodes.map((x) => x.customerName)).toEqual(['Ở Lại']);
    const [{ n }] = await app.server.db.dataSource.query(
      'SELECT count(*)::int AS n FROM campaign_member_event WHERE member_id = $1',
      [m.id],
    );
    expect(n).toBe(0);
  });
});

describe('Khách hàng của tôi trong các chiến dịch', () => {
  it('lists the campaigns of a visible customer with the member status', async () => {
    const k = await c.create(staff1, { name: 'Chiến dịch của khách' });
    const cust = await h.createCustomer(staff1, { name: 'Khách Nhiều Chiến Dịch' });
    await c.add(staff1, k.id, [cust.id]);
    const q = (token: string) =>
      app.gql<{ customerCampaigns: { status: string; campaign: { name: string } }[] }>(
        'query($id: ID!) { customerCampaigns(customerId: $id) { status campaign { name } } }',
        { id: cust.id },
        { token },
      );
    expect((await q(staff1)).data!.customerCampaigns).toEqual([
      { status: 'REGISTERED', campaign: { name: 'Chiến dịch của khách' } },
    ]);
    expect((await q(staff2)).errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
