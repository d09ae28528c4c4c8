import { COUNT_TTL_MS } from '../../../graphql/count-cache';
import { crm } from '../../../test/crm';
import { startTestApp, type TestApp } from '../../../test/harness';

/**
 * The list's count is kept a few seconds per scope and filter (a busy screen asks it many times a
 * second), and stays honest: a write through the server is counted by the next request, the
 * writer's and anyone's; a STAFF user's count never holds customers they cannot see, whoever
 * asked the same filter before them; a write the server did not make shows within the few seconds.
 */
let app: TestApp;
let admin: string;
let staff1: string;
let staff2: string;
const q = (sql: string, params: unknown[] = []) => app.server.db.dataSource.query(sql, params);

async function count(token: string, filter: Record<string, unknown> = {}) {
  const r = await app.gql<{ customers: { countInfo: { value: number; kind: string } } }>(
    `query($f: CustomerFilter) {
       customers(filter: $f, first: 1, orderBy: [{ field: CREATED_AT, direction: DESC }]) { countInfo { value kind } } }`,
    { f: filter },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.customers.countInfo;
}

async function tabTotal(token: string, filter: Record<string, unknown>) {
  const r = await app.gql<{ customerLevelCounts: { count: number }[] }>(
    'query($f: CustomerFilter) { customerLevelCounts(filter: $f) { count } }',
    { f: filter },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.customerLevelCounts.reduce((s, l) => s + l.count, 0);
}

/** What the user sees, counted in SQL: their own customers and those shared with them. */
async function visible(email: string, nameLike = '%') {
  const [{ n }] = await q(
    `SELECT count(*)::int AS n FROM customer c, app_user u
      WHERE u.email = $1 AND c.deleted_at IS NULL AND c.name LIKE $2
        AND (c.owner_id = u.id OR EXISTS (SELECT 1 FROM customer_share s WHERE s.customer_id = c.id AND s.user_id = u.id))`,
    [email, nameLike],
  );
  return n as number;
}

beforeAll(async () => {
  app = await startTestApp();
  [admin, staff1, staff2] = await Promise.all(
    ['admin', 'staff1', 'staff2'].map((name) => app.login(`${name}@sen.local`)),
  );
  const h = crm(app);
  // More than one page of "Zcache" customers each, so the count is counted, not read off the page.
  for (const [token, n] of [
    [staff1, 3],
    [staff2, 4],
  ] as const) {
    for (let i = 0; i < n; i++) {
      await h.createCustomer(token, { name: `Zcache Khách ${i}` });
    }
  }
});
afterAll(() => app.close());

describe('the list’s count, kept a few seconds', () => {
  it('counts a create and a delete on the next request, the writer’s and anyone else’s', async () => {
    const all = (await count(admin)).value;
    const mine = (await count(staff1)).value;
    const found = (await count(staff1, { search: 'zcache' })).value;
    expect(found).toBe(3);
    const created = await crm(app).createCustomer(staff1, { name: 'Zcache Khách mới' });
    expect(await count(staff1)).toEqual({ value: mine + 1, kind: 'EXACT' });
    expect(await count(staff1, { search: 'zcache' })).toEqual({ value: 4, kind: 'EXACT' });
    expect(await count(admin)).toEqual({ value: all + 1, kind: 'EXACT' });
    expect(await tabTotal(staff1, { search: 'zcache' })).toBe(4);

    const r = await app.gql(
      'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }',
      { ids: [created.id] },
      {
        token: staff1,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(await count(staff1)).toEqual({ value: mine, kind: 'EXACT' });
    expect(await count(staff1, { search: 'zcache' })).toEqual({ value: 3, kind: 'EXACT' });
    expect(await count(admin)).toEqual({ value: all, kind: 'EXACT' });
    expect(await tabTotal(staff1, { search: 'zcache' })).toBe(3);
  });

  it('never gives a STAFF user a count kept for someone who sees more', async () => {
    // The ADMIN asks first, then each STAFF user the same filters: each gets their own scope.
    for (const filter of [{}, { search: 'zcache' }, { levels: ['NEW'] }]) {
      await count(admin, filter);
      await count(staff2, filter);
    }
    expect((await count(admin, { search: 'zcache' })).value).toBe(7);
    expect(await count(staff1, { search: 'zcache' })).toEqual({
      value: await visible('staff1@sen.local', 'Zcache%'),
      kind: 'EXACT',
    });
    expect((await count(staff1, { search: 'zcache' })).value).toBe(3);
    expect((await count(staff2, { search: 'zcache' })).value).toBe(4);
    expect((await count(staff1)).value).toBe(await visible('staff1@sen.local'));
    expect((await count(staff2)).value).toBe(await visible('staff2@sen.local'));
    expect(await tabTotal(staff1, { search: 'zcache' })).toBe(3);
  });

  it('shows a share at once to the user it was shared with', async () => {
    const h = crm(app);
    const [theirs] = await q(`SELECT id FROM customer WHERE name = 'Zcache Khách 0' AND owner_id =
      (SELECT id FROM app_user WHERE email = 'staff2@sen.local')`);
    expect((await count(staff1, { search: 'zcache' })).value).toBe(3);
    const r = await app.gql(
      'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
      { ids: [theirs.id], u: [await h.userId(admin, 'staff1@sen.local')] },
      { token: staff2 },
    );
    expect(r.errors).toBeUndefined();
    expect((await count(staff1, { search: 'zcache' })).value).toBe(4);
  });

  it('shows a write the server did not make (SQL by hand) within the few seconds', async () => {
    const before = (await count(admin, { search: 'zcache' })).value;
    // As a script would (its triggers off, the audit trail's among them).
    await app.server.db.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE customer SET deleted_at = now() WHERE name = 'Zcache Khách 1'`);
    });
    const start = Date.now();
    let seen = (await count(admin, { search: 'zcache' })).value;
    while (seen !== before - 2 && Date.now() - start < COUNT_TTL_MS + 2_000) {
      await new Promise((r) => setTimeout(r, 250));
      seen = (await count(admin, { search: 'zcache' })).value;
    }
    expect(seen).toBe(before - 2);
    expect(Date.now() - start).toBeLessThanOrEqual(COUNT_TTL_MS + 1_000);
  });
});
