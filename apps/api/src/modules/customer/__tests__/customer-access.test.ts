import { crm, type Customerish } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

/**
 * USR-02 over HTTP: every role against every operation on a customer owned by staff1
 * (Phòng Kinh doanh). staff2 (Phòng Marketing) is another STAFF; manager heads Phòng Kinh doanh.
 */
const tokens: Record<string, string> = {};
let staff2Id: string;
let staff1Id: string;

const app = useTestApp();
const h = crm(app);
beforeAll(async () => {
  for (const who of ['admin', 'manager', 'staff1', 'staff2']) {
    tokens[who] = await app.login(`${who}@sen.local`);
  }
  staff2Id = await h.userId(tokens.admin, 'staff2@sen.local');
  staff1Id = await h.userId(tokens.admin, 'staff1@sen.local');
});

type Outcome = 'ok' | 'NOT_FOUND' | 'FORBIDDEN';
type Op = (
  token: string,
  c: Customerish,
) => Promise<{ errors?: { extensions: { code: string } }[]; data: unknown }>;

const ops: Record<string, Op> = {
  view: (t, c) => app.gql('query($id: ID!) { customer(id: $id) { id name } }', { id: c.id }, { token: t }),
  update: (t, c) =>
    app.gql(
      'mutation($id: ID!, $v: Int!) { updateCustomer(id: $id, input: { description: "x", version: $v }) { id } }',
      { id: c.id, v: c.version },
      { token: t },
    ),
  clone: (t, c) =>
    app.gql('mutation($id: ID!) { cloneCustomer(id: $id) { id } }', { id: c.id }, { token: t }),
  groups: (t, c) =>
    app.gql(
      'mutation($ids: [ID!]!) { changeCustomerGroups(ids: $ids, mode: ADD, groupIds: []) }',
      { ids: [c.id] },
      { token: t },
    ),
  share: (t, c) =>
    app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      { ids: [c.id], u: [staff1Id] },
      { token: t },
    ),
  transfer: (t, c) =>
    app.gql(
      'mutation($ids: [ID!]!, $u: ID!) { transferCustomers(ids: $ids, toUserId: $u) }',
      { ids: [c.id], u: staff1Id },
      { token: t },
    ),
  delete: (t, c) =>
    app.gql('mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }', { ids: [c.id] }, { token: t }),
};

// Expected outcome per role; "shared" is staff2 after staff1 shared the customer with them.
const MATRIX: [string, Record<string, Outcome>][] = [
  [
    'admin',
    { view: 'ok', update: 'ok', clone: 'ok', groups: 'ok', share: 'ok', transfer: 'ok', delete: 'ok' },
  ],
  [
    'manager',
    { view: 'ok', update: 'ok', clone: 'ok', groups: 'ok', share: 'ok', transfer: 'ok', delete: 'ok' },
  ],
  [
    'staff1',
    { view: 'ok', update: 'ok', clone: 'ok', groups: 'ok', share: 'ok', transfer: 'ok', delete: 'ok' },
  ],
  [
    'staff2',
    {
      view: 'NOT_FOUND',
      update: 'NOT_FOUND',
      clone: 'NOT_FOUND',
      groups: 'NOT_FOUND',
      share: 'NOT_FOUND',
      transfer: 'NOT_FOUND',
      delete: 'NOT_FOUND',
    },
  ],
  [
    'shared',
    {
      view: 'ok',
      update: 'ok',
      clone: 'ok',
      groups: 'ok',
      share: 'FORBIDDEN',
      transfer: 'FORBIDDEN',
      delete: 'FORBIDDEN',
    },
  ],
];

describe.each(MATRIX)('%s', (role, expected) => {
  it.each(Object.keys(ops))('%s', async (op) => {
    const c = await h.createCustomer(tokens.staff1, { name: `Ma trận ${role} ${op}` });
    let token = tokens[role];
    if (role === 'shared') {
      await ops.share(tokens.staff1, c).then(() => null);
      await app.gql(
        'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
        { ids: [c.id], u: [staff2Id] },
        { token: tokens.staff1 },
      );
      token = tokens.staff2;
    }
    const before = await app.snapshot([
      'customer',
      'customer_share',
      'customer_group',
      'ownership_event',
      'audit_log',
    ]);
    const r = await ops[op](token, c);
    if (expected[op] === 'ok') {
      expect(r.errors).toBeUndefined();
    } else {
      expect(r.errors![0].extensions.code).toBe(expected[op]);
      expect(
        await app.snapshot(['customer', 'customer_share', 'customer_group', 'ownership_event', 'audit_log']),
      ).toEqual(before);
    }
  });
});

describe('lists, counts and nested fields never show what a STAFF may not see', () => {
  let hidden: Customerish;
  beforeAll(async () => {
    hidden = await h.createCustomer(tokens.staff1, {
      name: 'Bí mật Kinh doanh',
      email: 'secret@kd.vn',
      labels: ['Kín'],
    });
    await app.gql(
      'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }',
      { i: { name: 'Người liên hệ kín', customerId: hidden.id } },
      { token: tokens.staff1 },
    );
  });

  it('keeps it out of staff2’s list, search, counts, labels and contacts', async () => {
    const q = await app.gql<{
      customers: { totalCount: number; nodes: { id: string }[] };
      customerLevelCounts: { count: number }[];
      customerLabels: string[];
      contacts: { nodes: { name: string }[] };
    }>(
      `{ customers(first: 200, filter: { search: "bi mat" }) { totalCount nodes { id } }
         customerLevelCounts(filter: { search: "bi mat" }) { count }
         customerLabels
         contacts(first: 200) { nodes { name } } }`,
      {},
      { token: tokens.staff2 },
    );
    expect(q.data!.customers.totalCount).toBe(0);
    expect(q.data!.customerLevelCounts.reduce((s, x) => s + x.count, 0)).toBe(0);
    expect(q.data!.customerLabels).not.toContain('Kín');
    expect(q.data!.contacts.nodes.map((n) => n.name)).not.toContain('Người liên hệ kín');
    const manager = await app.gql<{ customers: { totalCount: number } }>(
      '{ customers(filter: { search: "bi mat" }) { totalCount } }',
      {},
      { token: tokens.manager },
    );
    expect(manager.data!.customers.totalCount).toBe(1);
  });

  it('shows it in Tra cứu (lookup) with only code, name, owner and addresses', async () => {
    const r = await app.gql<{ customerLookup: Record<string, unknown>[] }>(
      '{ customerLookup(search: "bi mat kinh") { id code name ownerName officeAddress businessAddress } }',
      {},
      { token: tokens.staff2 },
    );
    expect(r.data!.customerLookup).toEqual([
      expect.objectContaining({ id: hidden.id, name: 'Bí mật Kinh doanh', ownerName: 'Nguyễn Văn Đức' }),
    ]);
    const leak = await app.gql(
      '{ customerLookup(search: "bi mat") { id email } }',
      {},
      { token: tokens.staff2 },
    );
    expect(leak.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe("a customer's history tab", () => {
  it('is open to whoever may see the customer, STAFF included, and to no one else', async () => {
    const c = await h.createCustomer(tokens.staff1, { name: 'Lịch sử' });
    await app.gql(
      'mutation($id: ID!, $v: Int!) { updateCustomer(id: $id, input: { description: "Đổi", version: $v }) { id } }',
      { id: c.id, v: c.version },
      { token: tokens.admin },
    );
    const q =
      'query($id: String) { auditLogs(filter: { recordId: $id }) { nodes { action user { email } } } }';
    const own = await app.gql<{ auditLogs: { nodes: { action: string; user: { email: string } }[] } }>(
      q,
      { id: c.id },
      { token: tokens.staff1 },
    );
    expect(own.data!.auditLogs.nodes).toEqual([
      { action: 'UPDATE', user: { email: 'admin@sen.local' } },
      { action: 'CREATE', user: { email: 'staff1@sen.local' } },
    ]);
    const other = await app.gql(q, { id: c.id }, { token: tokens.staff2 });
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const everything = await app.gql('{ auditLogs { totalCount } }', {}, { token: tokens.staff1 });
    expect(everything.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('level counts add what is owned and what is shared, once each', () => {
  it('counts a shared customer for the user it is shared with, and for a manager once', async () => {
    const counts = async (token: string) => {
      const r = await app.gql<{ customerLevelCounts: { level: string; count: number }[] }>(
        '{ customerLevelCounts(filter: { search: "dem chia se" }) { level count } }',
        {},
        { token },
      );
      return Object.fromEntries(
        r.data!.customerLevelCounts.filter((x) => x.count > 0).map((x) => [x.level, x.count]),
      );
    };
    const a = await h.createCustomer(tokens.staff1, { name: 'Đếm chia sẻ A' });
    await h.createCustomer(tokens.staff1, { name: 'Đếm chia sẻ B', level: 'INTERESTED' });
    await h.createCustomer(tokens.staff2, { name: 'Đếm chia sẻ C' });
    expect(await counts(tokens.staff2)).toEqual({ NEW: 1 });
    await app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      { ids: [a.id], u: [staff2Id] },
      { token: tokens.staff1 },
    );
    expect(await counts(tokens.staff2)).toEqual({ NEW: 2 });
    // The manager owns none of them; staff1's two are in the department; C (Marketing) is shared with them:
    const managerId = await h.userId(tokens.admin, 'manager@sen.local');
    const c = await app.gql<{ customers: { nodes: { id: string }[] } }>(
      '{ customers(filter: { search: "dem chia se c" }) { nodes { id } } }',
      {},
      { token: tokens.staff2 },
    );
    await app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      { ids: [c.data!.customers.nodes[0].id], u: [managerId] },
      { token: tokens.staff2 },
    );
    expect(await counts(tokens.manager)).toEqual({ NEW: 2, INTERESTED: 1 });
    expect(await counts(tokens.admin)).toEqual({ NEW: 2, INTERESTED: 1 });
  });
});
