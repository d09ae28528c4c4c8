import { randomUUID } from 'node:crypto';
import { crm } from '../../../test/crm';
import { startTestApp, type TestApp, errorCode as code } from '../../../test/harness';

const FIELDS = 'id module name filter columns orderBy shared isDefault droppedFilters owner { email }';
const LIST = `query($m: String!) { savedViews(module: $m) { ${FIELDS} } }`;
const SAVE = `mutation($i: SaveViewInput!) { saveView(input: $i) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteView(id: $id) }';
const DEFAULT = 'mutation($m: String!, $id: ID) { setDefaultView(module: $m, id: $id) }';

interface View {
  id: string;
  module: string;
  name: string;
  filter: Record<string, unknown>;
  columns: string[];
  orderBy: unknown;
  shared: boolean;
  isDefault: boolean;
  droppedFilters: string[];
  owner: { email: string };
}

let app: TestApp;
let admin: string;
let staff1: string;
let staff2: string;
const VIEW_TABLES = ['saved_view', 'saved_view_default', 'audit_log'];

const views = async (token: string, module = 'customers') => {
  return (await app.data<{ savedViews: View[] }>(LIST, { m: module }, { token })).savedViews;
};
const save = (token: string, input: Record<string, unknown>) =>
  app.gql<{ saveView: View }>(SAVE, { i: input }, { token });

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin@sen.local');
  staff1 = await app.login('staff1@sen.local');
  staff2 = await app.login('staff2@sen.local');
});

afterAll(() => app.close());

describe('saved views (CARE-04, X-03)', () => {
  it('keeps a private view for its owner only, a shared one for everyone, by list', async () => {
    const mine = await save(staff1, {
      module: 'customers',
      name: 'Khách Hà Nội chưa liên hệ',
      filter: { q: 'hà nội', level: 'NEW', f: { labels: ['VIP'] } },
      columns: ['code', 'name', 'owner'],
      orderBy: { field: 'name', direction: 'ASC' },
    });
    expect(mine.data!.saveView).toMatchObject({
      module: 'customers',
      name: 'Khách Hà Nội chưa liên hệ',
      filter: { q: 'hà nội', level: 'NEW', f: { labels: ['VIP'] } },
      columns: ['code', 'name', 'owner'],
      orderBy: { field: 'name', direction: 'ASC' },
      shared: false,
      isDefault: false,
      droppedFilters: [],
      owner: { email: 'staff1@sen.local' },
    });
    // The singular module name is the same list.
    const shared = await save(staff1, { module: 'customer', name: 'Cả nhóm', filter: {}, shared: true });
    expect(shared.data!.saveView.module).toBe('customers');

    expect((await views(staff1)).map((v) => v.name)).toEqual(['Cả nhóm', 'Khách Hà Nội chưa liên hệ']);
    // Another user is offered the shared view, never the private one.
    expect((await views(staff2)).map((v) => v.name)).toEqual(['Cả nhóm']);
    // Another list keeps its own views.
    expect(await views(staff1, 'care-cards')).toEqual([]);
  });

  it('lets only the owner (or an admin) change or delete a view, and refuses bad input changing nothing', async () => {
    const shared = (await views(staff2)).find((v) => v.name === 'Cả nhóm')!;
    const before = await app.snapshot(VIEW_TABLES);

    const byOther = await save(staff2, { id: shared.id, module: 'customers', name: 'Của tôi' });
    expect(code(byOther)).toBe('FORBIDDEN');
    expect(code(await app.gql(DELETE, { id: shared.id }, { token: staff2 }))).toBe('FORBIDDEN');
    const privateOne = (await views(staff1)).find((v) => !v.shared)!;
    expect(code(await app.gql(DELETE, { id: privateOne.id }, { token: staff2 }))).toBe('NOT_FOUND');
    expect(code(await app.gql(DEFAULT, { m: 'customers', id: privateOne.id }, { token: staff2 }))).toBe(
      'NOT_FOUND',
    );

    const duplicate = await save(staff1, { module: 'customers', name: 'cả  nhóm ' });
    expect(code(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].extensions.fieldErrors).toEqual([
      { field: 'name', message: 'Đã có giao diện cùng tên.' },
    ]);
    const unknownList = await save(staff1, { module: 'nothing', name: 'X' });
    expect(code(unknownList)).toBe('BAD_USER_INPUT');
    const huge = await save(staff1, { module: 'customers', name: 'Lớn', filter: { q: 'x'.repeat(20_000) } });
    expect(code(huge)).toBe('BAD_USER_INPUT');
    const notObject = await save(staff1, { module: 'customers', name: 'Mảng', filter: [1, 2] });
    expect(code(notObject)).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(VIEW_TABLES)).toEqual(before);

    // The admin may tidy a shared view.
    const renamed = await save(admin, {
      id: shared.id,
      module: 'customers',
      name: 'Cả công ty',
      shared: true,
    });
    expect(renamed.data!.saveView).toMatchObject({
      name: 'Cả công ty',
      owner: { email: 'staff1@sen.local' },
    });
  });

  it('remembers each user’s default view per list', async () => {
    const [first] = await views(staff2);
    expect(await app.gql(DEFAULT, { m: 'customers', id: first.id }, { token: staff2 })).toMatchObject({
      data: { setDefaultView: true },
    });
    expect((await views(staff2)).find((v) => v.id === first.id)!.isDefault).toBe(true);
    // Someone else's default is their own.
    expect((await views(staff1)).find((v) => v.id === first.id)!.isDefault).toBe(false);
    await app.gql(DEFAULT, { m: 'customers', id: null }, { token: staff2 });
    expect((await views(staff2)).every((v) => !v.isDefault)).toBe(true);
  });

  it('opens a view whose user or group is gone, with that part left out and said so', async () => {
    const h = crm(app);
    const group = await h.group(admin, `Nhóm xem ${Date.now()}`);
    const deleted = await h.group(admin, `Nhóm sẽ xóa ${Date.now()}`);
    const staff2Id = await h.userId(admin, 'staff2@sen.local');
    const gone = randomUUID();
    const saved = await save(staff1, {
      module: 'customers',
      name: 'Nhóm đã xóa',
      filter: { q: 'abc', f: { ownerIds: [staff2Id, gone], groupIds: [group, deleted] } },
    });
    expect(saved.data!.saveView).toMatchObject({
      filter: { q: 'abc', f: { ownerIds: [staff2Id], groupIds: [group, deleted] } },
      droppedFilters: ['ownerIds'],
    });
    expect(
      await app.gql('mutation($id: ID!) { deleteCategory(id: $id) }', { id: deleted }, { token: admin }),
    ).toMatchObject({
      data: { deleteCategory: true },
    });
    const reopened = (await views(staff1)).find((v) => v.name === 'Nhóm đã xóa')!;
    expect(reopened.filter).toEqual({ q: 'abc', f: { ownerIds: [staff2Id], groupIds: [group] } });
    expect([...reopened.droppedFilters].sort()).toEqual(['groupIds', 'ownerIds']);
  });

  it('is audited', async () => {
    const r = await app.gql<{ auditLogs: { nodes: { module: string; description: string }[] } }>(
      '{ auditLogs(filter: { modules: ["saved-views"] }, first: 50) { nodes { module description } } }',
      {},
      { token: admin },
    );
    expect(r.data!.auditLogs.nodes.map((n) => n.description)).toEqual(
      expect.arrayContaining([
        'Lưu giao diện Khách Hà Nội chưa liên hệ (customers)',
        'Cập nhật giao diện Cả công ty (customers)',
      ]),
    );
  });
});
