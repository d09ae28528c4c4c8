import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

/**
 * The level tabs read maintained per-(owner, level) counters when the filter allows it. After every
 * kind of change they must agree with a plain count of the live customers the caller may see.
 */
const tokens: Record<string, string> = {};

const app = useTestApp();
const h = crm(app);
beforeAll(async () => {
  for (const who of ['admin', 'manager', 'staff1', 'staff2']) {
    tokens[who] = await app.login(`${who}@sen.local`);
  }
});

type Counts = Record<string, number>;

async function apiCounts(who: string, filter: Record<string, unknown> = {}): Promise<Counts> {
  const r = await app.gql<{ customerLevelCounts: { level: string; count: number }[] }>(
    'query($f: CustomerFilter) { customerLevelCounts(filter: $f) { level count } }',
    { f: filter },
    { token: tokens[who] },
  );
  expect(r.errors).toBeUndefined();
  return Object.fromEntries(r.data!.customerLevelCounts.map((x) => [x.level, x.count]));
}

/** The same numbers counted the slow way: the visible live customers, grouped by level. */
async function plainCounts(who: string, ownerIds: string[] | null = null): Promise<Counts> {
  const [me] = await app.server.db.dataSource.query(
    `SELECT id, role, department_id FROM app_user WHERE email = $1`,
    [`${who}@sen.local`],
  );
  const rows: { level: string; n: number }[] = await app.server.db.dataSource.query(
    `SELECT c.level, count(*)::int AS n FROM customer c
      WHERE c.deleted_at IS NULL
        AND ($4::uuid[] IS NULL OR c.owner_id = ANY($4))
        AND ($2 = 'ADMIN'
             OR c.owner_id = $1
             OR ($2 = 'MANAGER' AND c.owner_id IN (SELECT id FROM app_user WHERE department_id = $3))
             OR EXISTS (SELECT 1 FROM customer_share s WHERE s.customer_id = c.id AND s.user_id = $1))
      GROUP BY c.level`,
    [me.id, me.role, me.department_id, ownerIds],
  );
  const counts: Counts = { NEW: 0, INTERESTED: 0, APPROACHED: 0, SIGNED: 0, PAUSED: 0, OTHER: 0 };
  for (const r of rows) {
    counts[r.level] = r.n;
  }
  return counts;
}

async function expectAllAgree() {
  const staff1Id = await h.userId(tokens.admin, 'staff1@sen.local');
  for (const who of ['admin', 'manager', 'staff1', 'staff2']) {
    expect({ who, counts: await apiCounts(who) }).toEqual({ who, counts: await plainCounts(who) });
    expect({ who, counts: await apiCounts(who, { ownerIds: [staff1Id], levels: ['NEW'] }) }).toEqual({
      who,
      counts: await plainCounts(who, [staff1Id]),
    });
  }
}

describe('level counts from the maintained counters', () => {
  it('agree with a plain count after creates, edits, shares, transfers, trash, restore and purge', async () => {
    const staff2Id = await h.userId(tokens.admin, 'staff2@sen.local');
    const managerId = await h.userId(tokens.admin, 'manager@sen.local');
    const made = [];
    for (let i = 0; i < 6; i++) {
      made.push(await h.createCustomer(tokens[i % 2 ? 'staff1' : 'staff2'], { name: `Đếm mức ${i}` }));
    }
    await expectAllAgree();

    const edited = await app.gql(
      'mutation($id: ID!, $v: Int!) { updateCustomer(id: $id, input: { level: INTERESTED, version: $v }) { id } }',
      { id: made[1].id, v: made[1].version },
      { token: tokens.staff1 },
    );
    expect(edited.errors).toBeUndefined();
    await app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      {
        ids: [made[0].id],
        u: [managerId],
      },
      { token: tokens.staff2 },
    );
    await app.gql(
      'mutation($ids: [ID!]!, $u: ID!) { transferCustomers(ids: $ids, toUserId: $u) }',
      {
        ids: [made[1].id, made[3].id],
        u: staff2Id,
      },
      { token: tokens.admin },
    );
    await expectAllAgree();

    const trashed = await app.gql(
      'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }',
      {
        ids: [made[2].id, made[4].id, made[5].id],
      },
      { token: tokens.admin },
    );
    expect(trashed.data).toEqual({ deleteCustomers: 3 });
    await expectAllAgree();

    await app.gql(
      'mutation($ids: [ID!]!) { restoreCustomers(ids: $ids) }',
      { ids: [made[2].id] },
      {
        token: tokens.admin,
      },
    );
    const purged = await app.gql(
      'mutation($ids: [ID!]!) { purgeCustomers(ids: $ids) }',
      {
        ids: [made[4].id],
      },
      { token: tokens.admin },
    );
    expect(purged.errors).toBeUndefined();
    await expectAllAgree();
  });

  it('a filter the counters cannot answer is counted for real', async () => {
    await h.createCustomer(tokens.staff1, { name: 'Hiếm gặp Zyx', level: 'PAUSED' });
    expect(await apiCounts('staff1', { search: 'hiem gap zyx' })).toEqual({
      NEW: 0,
      INTERESTED: 0,
      APPROACHED: 0,
      SIGNED: 0,
      PAUSED: 1,
      OTHER: 0,
    });
  });
});
