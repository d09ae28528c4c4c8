import { Client } from 'pg';
import { crm, type Customerish } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

let admin: string;
let staff1: string;
let staff2: string;

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
const h = crm(app);

const groupsOf = async (ids: string[]) => {
  const r = await app.gql<{ customers: { nodes: { id: string; groups: { name: string }[] }[] } }>(
    '{ customers(first: 200) { nodes { id groups { name } } } }',
    {},
    { token: admin },
  );
  return Object.fromEntries(
    ids.map((id) => [
      id,
      r
        .data!.customers.nodes.find((n) => n.id === id)!
        .groups.map((g) => g.name)
        .sort(),
    ]),
  );
};

describe('Chuyển nhóm khách hàng (CUS-04)', () => {
  it('moves, adds and removes groups of exactly the ticked customers', async () => {
    const [g1, g2, g3] = [
      await h.group(admin, 'Nhóm 1'),
      await h.group(admin, 'Nhóm 2'),
      await h.group(admin, 'Nhóm 3'),
    ];
    const a = await h.createCustomer(staff1, { name: 'A', groupIds: [g1] });
    const b = await h.createCustomer(staff1, { name: 'B', groupIds: [g1, g2] });
    const untouched = await h.createCustomer(staff1, { name: 'C', groupIds: [g1] });
    const change = (mode: string, groupIds: string[]) =>
      app.gql(
        'mutation($ids: [ID!]!, $m: GroupChangeMode!, $g: [ID!]!) { changeCustomerGroups(ids: $ids, mode: $m, groupIds: $g) }',
        { ids: [a.id, b.id], m: mode, g: groupIds },
        { token: staff1 },
      );

    expect((await change('ADD', [g3])).data).toEqual({ changeCustomerGroups: 2 });
    expect(await groupsOf([a.id, b.id, untouched.id])).toEqual({
      [a.id]: ['Nhóm 1', 'Nhóm 3'],
      [b.id]: ['Nhóm 1', 'Nhóm 2', 'Nhóm 3'],
      [untouched.id]: ['Nhóm 1'],
    });
    await change('REMOVE', [g1]);
    expect(await groupsOf([a.id, b.id, untouched.id])).toEqual({
      [a.id]: ['Nhóm 3'],
      [b.id]: ['Nhóm 2', 'Nhóm 3'],
      [untouched.id]: ['Nhóm 1'],
    });
    await change('MOVE', [g2]);
    expect(await groupsOf([a.id, b.id, untouched.id])).toEqual({
      [a.id]: ['Nhóm 2'],
      [b.id]: ['Nhóm 2'],
      [untouched.id]: ['Nhóm 1'],
    });

    const before = await app.snapshot();
    const bad = await change('ADD', ['00000000-0000-4000-8000-000000000000']);
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await app.snapshot()).toEqual(before);
  });
});

describe('share and transfer (CUS-08)', () => {
  it('records both in the history, filterable, with the customers behind the count', async () => {
    const staff2Id = await h.userId(admin, 'staff2@sen.local');
    const managerId = await h.userId(admin, 'manager@sen.local');
    const x = await h.createCustomer(staff1, { name: 'Chia sẻ X' });
    const y = await h.createCustomer(staff1, { name: 'Chia sẻ Y' });
    const shared = await app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      { ids: [x.id, y.id], u: [staff2Id] },
      { token: staff1 },
    );
    expect(shared.data).toEqual({ shareCustomers: 2 });
    const seen = await app.gql<{ customers: { nodes: { name: string; sharedWith: { email: string }[] }[] } }>(
      '{ customers(filter: { search: "chia se" }) { nodes { name sharedWith { email } } } }',
      {},
      { token: staff2 },
    );
    expect(seen.data!.customers.nodes.map((n) => n.name).sort()).toEqual(['Chia sẻ X', 'Chia sẻ Y']);
    expect(seen.data!.customers.nodes[0].sharedWith.map((u) => u.email)).toEqual(['staff2@sen.local']);

    const moved = await app.gql(
      'mutation($ids: [ID!]!, $u: ID!) { transferCustomers(ids: $ids, toUserId: $u) }',
      { ids: [x.id], u: managerId },
      { token: staff1 },
    );
    expect(moved.data).toEqual({ transferCustomers: 1 });

    type History = {
      ownershipHistory: {
        nodes: {
          action: string;
          customerCount: number;
          fromUser: { email: string };
          toUsers: { email: string }[];
          customers: { name: string }[];
        }[];
      };
    };
    const all = await app.gql<History>(
      '{ ownershipHistory { nodes { action customerCount fromUser { email } toUsers { email } customers { name } } } }',
      {},
      { token: staff1 },
    );
    expect(all.data!.ownershipHistory.nodes).toEqual([
      {
        action: 'TRANSFER',
        customerCount: 1,
        fromUser: { email: 'staff1@sen.local' },
        toUsers: [{ email: 'manager@sen.local' }],
        customers: [{ name: 'Chia sẻ X' }],
      },
      {
        action: 'SHARE',
        customerCount: 2,
        fromUser: { email: 'staff1@sen.local' },
        toUsers: [{ email: 'staff2@sen.local' }],
        customers: [{ name: 'Chia sẻ X' }, { name: 'Chia sẻ Y' }],
      },
    ]);
    const onlyShares = await app.gql<History>(
      '{ ownershipHistory(filter: { actions: [SHARE] }) { nodes { action } } }',
      {},
      { token: admin },
    );
    expect(new Set(onlyShares.data!.ownershipHistory.nodes.map((n) => n.action))).toEqual(new Set(['SHARE']));
    const toManager = await app.gql<History>(
      'query($u: [ID!]) { ownershipHistory(filter: { toUserIds: $u }) { nodes { action } } }',
      { u: [managerId] },
      { token: admin },
    );
    expect(toManager.data!.ownershipHistory.nodes.map((n) => n.action)).toEqual(['TRANSFER']);
    // staff1 no longer owns X: it is gone from their list.
    const mine = await app.gql<{ customers: { nodes: { name: string }[] } }>(
      '{ customers(filter: { search: "chia se" }) { nodes { name } } }',
      {},
      { token: staff1 },
    );
    expect(mine.data!.customers.nodes.map((n) => n.name)).toEqual(['Chia sẻ Y']);
  });

  it('refuses a transfer to an unknown or deactivated user, changing nothing', async () => {
    const c = await h.createCustomer(staff1, { name: 'Không chuyển' });
    const before = await app.snapshot();
    const r = await app.gql(
      'mutation($ids: [ID!]!) { transferCustomers(ids: $ids, toUserId: "00000000-0000-4000-8000-000000000001") }',
      { ids: [c.id] },
      { token: staff1 },
    );
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await app.snapshot()).toEqual(before);
  });
});

describe('trash (X-07)', () => {
  const DELETE = 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }';
  const RESTORE = 'mutation($ids: [ID!]!) { restoreCustomers(ids: $ids) }';
  const PURGE = 'mutation($ids: [ID!]!) { purgeCustomers(ids: $ids) }';

  it('moves a customer and its contacts to the trash and back', async () => {
    const c = await h.createCustomer(staff1, { name: 'Thùng rác', email: 'trash@kh.vn' });
    await app.gql(
      'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }',
      { i: { name: 'LH thùng rác', customerId: c.id } },
      { token: staff1 },
    );
    expect((await app.gql(DELETE, { ids: [c.id] }, { token: staff1 })).data).toEqual({ deleteCustomers: 1 });
    const live = await app.gql<{ customers: { totalCount: number }; contacts: { totalCount: number } }>(
      '{ customers(filter: { search: "thung rac" }) { totalCount } contacts(filter: { search: "thung rac" }) { totalCount } }',
      {},
      { token: staff1 },
    );
    expect(live.data).toEqual({ customers: { totalCount: 0 }, contacts: { totalCount: 0 } });
    const trash = await app.gql<{ customers: { nodes: { name: string; deletedAt: string }[] } }>(
      '{ customers(filter: { deleted: true, search: "thung rac" }) { nodes { name deletedAt } } }',
      {},
      { token: staff1 },
    );
    expect(trash.data!.customers.nodes).toEqual([{ name: 'Thùng rác', deletedAt: expect.any(String) }]);
    // Unique rules count live records only: the e-mail is free again…
    const other = await h.createCustomer(staff2, { name: 'Dùng lại email', email: 'trash@kh.vn' });
    // …so restoring the trashed one would duplicate it: refused whole.
    const before = await app.snapshot();
    const dup = await app.gql(RESTORE, { ids: [c.id] }, { token: staff1 });
    expect(dup.errors![0].extensions.code).toBe('DUPLICATE');
    expect(await app.snapshot()).toEqual(before);
    await app.gql(DELETE, { ids: [other.id] }, { token: staff2 });
    expect((await app.gql(RESTORE, { ids: [c.id] }, { token: staff1 })).data).toEqual({
      restoreCustomers: 1,
    });
    const back = await app.gql<{ customers: { totalCount: number }; contacts: { totalCount: number } }>(
      '{ customers(filter: { search: "thung rac" }) { totalCount } contacts(filter: { search: "thung rac" }) { totalCount } }',
      {},
      { token: staff1 },
    );
    expect(back.data).toEqual({ customers: { totalCount: 1 }, contacts: { totalCount: 1 } });
  });

  it('lets only an admin purge, and only what is in the trash', async () => {
    const c = await h.createCustomer(staff1, { name: 'Xóa hẳn' });
    const live = await app.gql(PURGE, { ids: [c.id] }, { token: admin });
    expect(live.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    await app.gql(DELETE, { ids: [c.id] }, { token: staff1 });
    const staff = await app.gql(PURGE, { ids: [c.id] }, { token: staff1 });
    expect(staff.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql(PURGE, { ids: [c.id] }, { token: admin })).data).toEqual({ purgeCustomers: 1 });
    const gone = await app.gql(
      'query($id: ID!) { customer(id: $id) { id } }',
      { id: c.id },
      { token: admin },
    );
    expect(gone.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('list queries', () => {
  let made: Customerish[];
  beforeAll(async () => {
    made = [];
    for (const name of ['Nguyễn Văn Đức Phát', 'Trần Thị Hoa', 'Công ty Đức Thịnh']) {
      made.push(
        await h.createCustomer(staff1, { name, officeAddress: `${name} — 15 Hàng Bài, Hoàn Kiếm, Hà Nội` }),
      );
    }
  });

  it('finds Nguyễn Văn Đức from "nguyen van duc" and from "van du"', async () => {
    for (const search of ['nguyen van duc', 'van du', 'NGUYỄN VĂN']) {
      const r = await app.gql<{ customers: { nodes: { name: string }[] } }>(
        'query($s: String) { customers(filter: { search: $s }) { nodes { name } } }',
        { s: search },
        { token: staff1 },
      );
      expect(r.data!.customers.nodes.map((n) => n.name)).toContain('Nguyễn Văn Đức Phát');
    }
  });

  it('counts per level ignoring the level filter', async () => {
    const r = await app.gql<{ customerLevelCounts: { level: string; count: number }[] }>(
      '{ customerLevelCounts(filter: { levels: [SIGNED], search: "hang bai" }) { level count } }',
      {},
      { token: staff1 },
    );
    expect(r.data!.customerLevelCounts).toEqual([
      { level: 'NEW', count: 3 },
      { level: 'INTERESTED', count: 0 },
      { level: 'APPROACHED', count: 0 },
      { level: 'SIGNED', count: 0 },
      { level: 'PAUSED', count: 0 },
      { level: 'OTHER', count: 0 },
    ]);
  });

  it('sorts by any column and pages by cursor without gaps or repeats', async () => {
    for (const field of ['CODE', 'NAME', 'LEVEL', 'EMAIL', 'PHONE', 'CREATED_AT', 'OWNER']) {
      for (const direction of ['ASC', 'DESC']) {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const r: {
            data: {
              customers: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
            } | null;
          } = await app.gql(
            'query($o: [CustomerOrder!], $a: String) { customers(first: 3, after: $a, orderBy: $o) { nodes { id } pageInfo { hasNextPage endCursor } } }',
            { o: [{ field, direction }], a: after },
            { token: admin },
          );
          seen.push(...r.data!.customers.nodes.map((n) => n.id));
          if (!r.data!.customers.pageInfo.hasNextPage) {
            break;
          }
          after = r.data!.customers.pageInfo.endCursor;
        }
        const total = await app.gql<{ customers: { totalCount: number } }>(
          '{ customers { totalCount } }',
          {},
          { token: admin },
        );
        expect({ field, direction, n: seen.length, unique: new Set(seen).size }).toEqual({
          field,
          direction,
          n: total.data!.customers.totalCount,
          unique: total.data!.customers.totalCount,
        });
      }
    }
  });

  const FULL_PAGE =
    'query($n: Int) { customers(first: $n) { totalCount nodes { id owner { name department { name } } groups { name } sharedWith { name } contactCount contacts(first: 3) { nodes { name } } industry { name } } } }';
  const LIST_SCREEN_PAGE = `query($n: Int) { customers(first: $n) { pageInfo { hasNextPage endCursor }
    edges { cursor node { ...Row } } } }
    fragment Row on Customer { id code name level owner { id name } groups { id name } contactCount }`;

  it('loads a page of customers with owner, groups, contacts and counts in a bounded number of statements', async () => {
    /** The statements of the page's own work (the caller's session, when it is read again, left out). */
    const count = async (first: number, query = FULL_PAGE) => {
      await app.gql('{ me { id } }', {}, { token: admin });
      const sessionCheck = app.server.services.auth.trusted(admin) ? 0 : 1;
      let statements = -sessionCheck;
      const original = Client.prototype.query;
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        statements++;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof Client.prototype.query;
      try {
        const r = await app.gql(query, { n: first }, { token: admin });
        expect(r.errors).toBeUndefined();
      } finally {
        Client.prototype.query = original;
      }
      return statements;
    };
    // The first page of two has a shared customer too, so both pages need the same loaders.
    const first = await app.gql<{ customers: { nodes: { id: string }[] } }>(
      '{ customers(first: 1) { nodes { id } } }',
      {},
      { token: admin },
    );
    const share = await app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      { ids: [first.data!.customers.nodes[0].id], u: [await h.userId(admin, 'staff2@sen.local')] },
      { token: admin },
    );
    expect(share.errors).toBeUndefined();
    const small = await count(2);
    const large = await count(50);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
    // What the list screen asks for comes with the page itself: one statement.
    expect(await count(50, LIST_SCREEN_PAGE)).toBe(1);
  });
});

describe('a list page selects only the fields asked for', () => {
  const FIELDS = `id code name kind level email phone fax taxCode website officeAddress businessAddress
    foundedOn description labels createdAt updatedAt deletedAt version
    owner { id name email role active createdAt department { name } }
    groups { name } industry { name } scale { name } source { name } contactCount sharedWith { name }`;

  it('answers every field as the single-customer query does, through edges, fragments and aliases', async () => {
    const industry = await h.category(admin, 'INDUSTRY', 'Ngành đầy đủ');
    const group = await h.group(admin, 'Nhóm đầy đủ');
    const full = await h.createCustomer(staff1, {
      name: 'Công ty Đủ Trường',
      email: 'du.truong@example.vn',
      phone: '0912000111',
      fax: '02439000111',
      website: 'https://du-truong.vn',
      officeAddress: '1 Tràng Tiền, Hoàn Kiếm',
      businessAddress: '2 Lê Lợi, Quận 1',
      foundedOn: '2015-04-30',
      description: 'Mô tả',
      labels: ['VIP'],
      industryId: industry,
      groupIds: [group],
    });
    const one = await app.gql<{ customer: Record<string, unknown> }>(
      `query($id: ID!) { customer(id: $id) { ${FIELDS} } }`,
      { id: full.id },
      { token: staff1 },
    );
    const filter = { search: 'du truong' };
    const viaNodes = await app.gql<{ customers: { nodes: Record<string, unknown>[] } }>(
      `query($f: CustomerFilter) { customers(filter: $f) { nodes { ${FIELDS} } } }`,
      { f: filter },
      { token: staff1 },
    );
    const viaFragment = await app.gql<{ customers: { edges: { node: Record<string, unknown> }[] } }>(
      `query($f: CustomerFilter) { customers(filter: $f) { edges { node { ...All } } } }
       fragment All on Customer { ${FIELDS} }`,
      { f: filter },
      { token: staff1 },
    );
    const aliased = await app.gql<{ customers: { nodes: { ten: string; thue: string | null }[] } }>(
      `query($f: CustomerFilter) { customers(filter: $f) { nodes { ten: name thue: taxCode } } }`,
      { f: filter },
      { token: staff1 },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.customer.industry).toEqual({ name: 'Ngành đầy đủ' });
    expect(viaNodes.data!.customers.nodes).toEqual([one.data!.customer]);
    expect(viaFragment.data!.customers.edges.map((e) => e.node)).toEqual([one.data!.customer]);
    expect(aliased.data!.customers.nodes).toEqual([{ ten: 'Công ty Đủ Trường', thue: null }]);
  });
});
