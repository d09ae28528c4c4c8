import { searchCondition } from '../../../db/search';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { jobs, upload } from '../../../test/import-files';

/**
 * The quick search by words (the word index: "van du" finds "Văn Đức", words in order, the last one
 * a prefix) and by substring (codes, phones, e-mails: the trigram index); and the list's
 * `countInfo`: exact from the level counters or a count, "at least" 10,000 past the cap, or the
 * planner's estimate, each saying which; the level tabs alike.
 */
let admin: string;
let staff1: string;
const q = (sql: string, params: unknown[] = []) => app.server.db.dataSource.query(sql, params);

interface ListAnswer {
  customers: {
    totalCount: number;
    countInfo: { value: number; kind: string; exact: boolean };
    nodes: { name: string }[];
  };
}

interface PagedAnswer {
  countInfo: { kind: string };
  nodes: { code: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function list(token: string, filter: Record<string, unknown>, first = 20) {
  const r = await app.gql<ListAnswer>(
    `query($f: CustomerFilter, $first: Int) {
       customers(filter: $f, first: $first, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
         totalCount countInfo { value kind exact } nodes { name } } }`,
    { f: filter, first },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.customers;
}

/** The test's own customers found (the demo data has its own Nguyễn Văn…). */
async function names(token: string, search: string) {
  return (await list(token, { search }, 200)).nodes
    .map((n) => n.name)
    .filter((n) => n.startsWith('Zsearch'))
    .sort();
}

async function tabs(token: string, filter: Record<string, unknown>) {
  const r = await app.gql<{ customerLevelCounts: { level: string; count: number; kind: string }[] }>(
    'query($f: CustomerFilter) { customerLevelCounts(filter: $f) { level count kind } }',
    { f: filter },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.customerLevelCounts;
}

/**
 * `n` customers of `owner` named "<prefix> <i>" with an e-mail at zmany.vn, written at once as the bulk seed writes them
 * (triggers off, one audit entry), the level counters rebuilt after.
 */
async function bulk(prefix: string, n: number, ownerEmail: string) {
  await app.server.db.dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await m.query(
      `INSERT INTO customer (code, name, email, kind, owner_id)
       SELECT 'ZB' || lpad(i::text, 6, '0'), $1 || ' ' || i, 'zb' || i || '@zmany.vn', 'B2C',
              (SELECT id FROM app_user WHERE email = $3)
         FROM generate_series(1, $2::int) AS i`,
      [prefix, n, ownerEmail],
    );
  });
  await q(`SELECT sen_customer_level_count_rebuild()`);
}

const app = useTestApp(async (a) => ([admin, staff1] = await a.signIn('admin', 'staff1')));
beforeAll(async () => {
  const h = crm(app);
  for (const [name, extra] of [
    ['Zsearch Nguyễn Văn Đức', { phone: '0912345678', email: 'duc.nguyen@zsearch.vn' }],
    ['Zsearch Trần Thị Hoa', { officeAddress: 'Số 12 Lê Lợi, Phường Bến Nghé, Quận 1' }],
    ['Zsearch Trần, Thị Mai', {}],
    ['Zsearch Thị Trần', {}],
    ['Zsearch Xtrần Thị Lan', {}],
    ['Zsearch Vănđức', {}],
  ] as const) {
    await h.createCustomer(staff1, { name, ...extra });
  }
});

describe('the quick search', () => {
  it('finds words from their start, in order, the last one a prefix, whatever the accents', async () => {
    expect(await names(admin, 'van du')).toEqual(['Zsearch Nguyễn Văn Đức']);
    expect(await names(admin, 'NGUYEN VĂN ĐỨC')).toEqual(['Zsearch Nguyễn Văn Đức']);
    // "Trần, Thị": punctuation between the words does not part them; "Thị Trần" is the wrong order;
    // "Xtrần" does not start with "tran".
    expect(await names(admin, 'tran thi')).toEqual(['Zsearch Trần Thị Hoa', 'Zsearch Trần, Thị Mai']);
    expect(await names(admin, 'zsearch tr')).toEqual(['Zsearch Trần Thị Hoa', 'Zsearch Trần, Thị Mai']);
    // An address with a house number and a district number.
    expect(await names(admin, 'Bến Nghé, Quận 1')).toEqual(['Zsearch Trần Thị Hoa']);
    expect(await names(admin, 'le loi')).toEqual(['Zsearch Trần Thị Hoa']);
  });

  it('finds codes, phone digits and e-mails anywhere inside them', async () => {
    expect(await names(admin, '345678')).toEqual(['Zsearch Nguyễn Văn Đức']);
    expect(await names(admin, 'duc.nguyen@zsearch')).toEqual(['Zsearch Nguyễn Văn Đức']);
    const [{ code }] = await q(`SELECT code FROM customer WHERE name = 'Zsearch Vănđức'`);
    expect(await names(admin, code)).toEqual(['Zsearch Vănđức']);
  });

  it('uses the word index for words and the trigram index for the rest', async () => {
    const plan = async (search: string) => {
      const runner = app.server.db.dataSource.createQueryRunner();
      try {
        await runner.query('SET enable_seqscan = off');
        const { sql, params } = searchCondition('c', search, 'term');
        const [text, values] = app.server.db.dataSource
          .createQueryBuilder()
          .select('c.id')
          .from('customer', 'c')
          .where(sql, params)
          .getQueryAndParameters();
        const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${text}`, values);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await runner.release();
      }
    };
    expect(await plan('tran thi')).toContain('ix_customer_words');
    expect(await plan('345678')).toContain('ix_customer_search');
  });

  it('narrows the filter panel’s name and address fields the same way', async () => {
    const r = await list(admin, { name: 'zsearch tran thi' }, 50);
    // The field's own check is on its text: "Trần, Thị" has a comma where the filter has none.
    expect(r.nodes.map((n) => n.name)).toEqual(['Zsearch Trần Thị Hoa']);
    const a = await list(admin, { officeAddress: 'ben nghe', search: 'zsearch' }, 50);
    expect(a.nodes.map((n) => n.name)).toEqual(['Zsearch Trần Thị Hoa']);
  });
});

describe('the list’s count', () => {
  it('is exact: from the counters without a filter, from the page when it holds every match', async () => {
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM customer WHERE deleted_at IS NULL`);
    const all = await list(admin, {});
    expect(all.countInfo).toEqual({ value: n, kind: 'EXACT', exact: true });
    expect(all.totalCount).toBe(n);
    const few = await list(staff1, { search: 'zsearch tran thi' });
    expect(few.countInfo).toEqual({ value: 2, kind: 'EXACT', exact: true });
    // More than one page: counted.
    const paged = await list(admin, { search: 'zsearch' }, 2);
    expect(paged.nodes).toHaveLength(2);
    expect(paged.countInfo).toEqual({ value: 6, kind: 'EXACT', exact: true });
    expect(paged.totalCount).toBe(6);
    const levels = await tabs(admin, { search: 'zsearch' });
    expect(levels.find((l) => l.level === 'NEW')).toEqual({ level: 'NEW', count: 6, kind: 'EXACT' });
  });

  it('past 10,000 matches says "at least 10,000", or gives the planner’s estimate as one', async () => {
    // An e-mail part: the trigram index, whose estimate reads the column's statistics.
    // Fresh statistics that do not know the new rows: the estimate is small, so they are counted.
    await q('ANALYZE customer');
    await bulk('Zmany Khách', 10_500, 'staff2@sen.local');
    const counted = await list(admin, { search: '@zmany' });
    expect(counted.countInfo).toEqual({ value: 10_000, kind: 'AT_LEAST', exact: false });
    expect(counted.totalCount).toBe(10_500);

    // With statistics that know them: the estimate, not counted. (New statistics are no write:
    // the count of a few seconds ago is let go by hand, not waited out.)
    await q('ANALYZE customer');
    app.server.services.countCache.invalidate();
    const estimated = await list(admin, { search: '@zmany' });
    expect(estimated.countInfo.kind).toBe('ESTIMATE');
    expect(estimated.countInfo.exact).toBe(false);
    expect(estimated.countInfo.value).toBeGreaterThan(5_000);
    expect(estimated.countInfo.value).toBeLessThan(20_000);
    const levels = await tabs(admin, { search: '@zmany' });
    expect(new Set(levels.map((l) => l.kind))).toEqual(new Set(['ESTIMATE']));
    expect(levels.reduce((s, l) => s + l.count, 0)).toBeGreaterThan(5_000);

    // A STAFF user with 30 of them: few in their scope, but counting those reads all 10,500 (the
    // search index holds everyone's matches; the scope is checked on each): estimated, and said so.
    await app.server.db.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(
        `UPDATE customer SET owner_id = (SELECT id FROM app_user WHERE email = 'staff1@sen.local')
          WHERE code IN (SELECT 'ZB' || lpad(i::text, 6, '0') FROM generate_series(1, 30) AS i)`,
      );
    });
    await q(`SELECT sen_customer_level_count_rebuild()`);
    await q('ANALYZE customer');
    app.server.services.countCache.invalidate();
    const mine = await list(staff1, { search: '@zmany' });
    expect(mine.countInfo.kind).toBe('ESTIMATE');
    expect(mine.countInfo.value).toBeLessThan(1_000);
    expect(mine.totalCount).toBe(30);
    expect(new Set((await tabs(staff1, { search: '@zmany' })).map((l) => l.kind))).toEqual(
      new Set(['ESTIMATE']),
    );
    // Where the page holds every match, the page is the exact count.
    expect((await list(staff1, { search: '@zmany' }, 50)).countInfo).toEqual({
      value: 30,
      kind: 'EXACT',
      exact: true,
    });

    // The counters still answer exactly for an owner, whatever the number.
    const [{ id: staff2Id }] = await q(`SELECT id FROM app_user WHERE email = 'staff2@sen.local'`);
    const [{ n }] = await q(
      `SELECT count(*)::int AS n FROM customer WHERE deleted_at IS NULL AND owner_id = $1`,
      [staff2Id],
    );
    expect((await list(admin, { ownerIds: [staff2Id] })).countInfo).toEqual({
      value: n,
      kind: 'EXACT',
      exact: true,
    });
  });
});

describe('a STAFF user’s search that matches many of everyone’s customers', () => {
  // After the test above: 10,500 "Zmany Khách …" of staff2, 30 of them now staff1's.
  it('pages through their own and their shared matches as the one scope does, in every order', async () => {
    const [{ id: staff1Id }] = await q(`SELECT id FROM app_user WHERE email = 'staff1@sen.local'`);
    await app.server.db.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      // Eight shared with staff1: one of them staff1's own by then (shared before
      // a transfer), and one shared but in the trash.
      await m.query(
        `INSERT INTO customer_share (customer_id, user_id)
         SELECT id, $1 FROM customer
          WHERE code IN (SELECT 'ZB' || lpad(i::text, 6, '0') FROM generate_series(30, 37) AS i)
         ON CONFLICT DO NOTHING`,
        [staff1Id],
      );
      await m.query(`UPDATE customer SET deleted_at = now() WHERE code = 'ZB000037'`);
    });
    await q('ANALYZE customer');
    app.server.services.countCache.invalidate();
    const search = '@zmany';
    for (const [field, direction, sql] of [
      ['CREATED_AT', 'DESC', 'c.created_at DESC, c.id DESC'],
      ['NAME', 'ASC', 'c.name ASC, c.id ASC'],
      ['CODE', 'DESC', 'c.code DESC, c.id DESC'],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let kind = '';
      for (let pages = 0; pages < 10; pages++) {
        const r: { errors?: unknown; data?: { customers: PagedAnswer } } = await app.gql<{
          customers: PagedAnswer;
        }>(
          `query($f: CustomerFilter, $after: String, $o: [CustomerOrder!]) {
             customers(filter: $f, first: 10, after: $after, orderBy: $o) {
               countInfo { kind } nodes { code } pageInfo { hasNextPage endCursor } } }`,
          { f: { search }, after, o: [{ field, direction }] },
          { token: staff1 },
        );
        expect(r.errors).toBeUndefined();
        const page = r.data!.customers;
        kind ||= page.countInfo.kind;
        seen.push(...page.nodes.map((n) => n.code));
        if (!page.pageInfo.hasNextPage) {
          break;
        }
        after = page.pageInfo.endCursor;
      }
      // More than 10,000 of everyone's matches: estimated, and the page read from its two parts.
      expect(kind).toBe('ESTIMATE');
      const expected = (
        await q(
          `SELECT c.code FROM customer c
            WHERE c.deleted_at IS NULL AND c.name LIKE 'Zmany Khách %'
              AND (c.owner_id = $1 OR c.id IN (SELECT customer_id FROM customer_share WHERE user_id = $1))
            ORDER BY ${sql}`,
          [staff1Id],
        )
      ).map((r: { code: string }) => r.code);
      expect(expected).toHaveLength(36);
      expect(seen).toEqual(expected);
    }
  });
});

describe('statistics after bulk writes', () => {
  it('an import of more than a tenth of the table analyzes it before the job is done', async () => {
    await q('ANALYZE customer');
    const rows = ['Tên khách hàng'];
    // A tenth of the table, and at least 1,000 rows.
    const [{ n: total }] = await q(`SELECT count(*)::int AS n FROM customer`);
    const size = Math.max(1_000, Math.ceil(total / 10) + 10);
    for (let i = 0; i < size; i++) {
      rows.push(`Zanalyze ${i}`);
    }
    const up = await upload(app, admin, 'customers', rows.join('\n'), 'nhieu.csv');
    expect(up.status).toBe(201);
    const job = await jobs(app).runToEnd(admin, { jobId: up.body.jobId!, mode: 'CREATE_ONLY' });
    expect(job).toMatchObject({ status: 'DONE', created: size });
    // ANALYZE reads every row of a table this small: the planner's row count is the true one.
    const [{ tuples, n }] = await q(
      `SELECT c.reltuples::int AS tuples, (SELECT count(*)::int FROM customer) AS n FROM pg_class c
        WHERE c.oid = 'customer'::regclass`,
    );
    expect(tuples).toBe(n);
    expect(n).toBe(total + size);
  });

  it('moving a fifth of the customers to the trash and back refreshes the planner’s statistics', async () => {
    // A fifth of the live customers (more than the tenth that calls for fresh statistics).
    const ids: string[] = (
      await q(
        `SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY name
          LIMIT (SELECT ceil(count(*) / 5.0)::int FROM customer WHERE deleted_at IS NULL)`,
      )
    ).map((r: { id: string }) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(1_000);
    await q('ANALYZE customer');
    // What the planner believes about live rows: the share of customers not in the trash.
    const liveShare = async () =>
      Number(
        (await q(`SELECT null_frac FROM pg_stats WHERE tablename = 'customer' AND attname = 'deleted_at'`))[0]
          .null_frac,
      );
    const [{ share }] = await q(
      `SELECT (count(*) FILTER (WHERE deleted_at IS NULL))::float / count(*) AS share FROM customer`,
    );
    expect(await liveShare()).toBeCloseTo(share, 2);

    const removed = await app.gql<{ deleteCustomers: number }>(
      'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }',
      { ids },
      { token: admin },
    );
    expect(removed.data!.deleteCustomers).toBe(ids.length);
    const [{ after }] = await q(
      `SELECT (count(*) FILTER (WHERE deleted_at IS NULL))::float / count(*) AS after FROM customer`,
    );
    expect(after).toBeLessThan(share - 0.05);
    expect(await liveShare()).toBeCloseTo(after, 2);

    const restored = await app.gql<{ restoreCustomers: number }>(
      'mutation($ids: [ID!]!) { restoreCustomers(ids: $ids) }',
      { ids },
      { token: admin },
    );
    expect(restored.data!.restoreCustomers).toBe(ids.length);
    expect(await liveShare()).toBeCloseTo(share, 2);
  });
});
