import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

/**
 * A STAFF user's list holds two kinds of rows: their own customers and those shared with them.
 * Paging through it in small pages, under each sort, must give every visible customer exactly
 * once, in the database's order of the whole visible set, with ties across the two kinds.
 */
let staff1: string;
let staff2: string;

interface Page {
  customers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; name: string }[];
  };
}

const app = useTestApp(async (a) => ([staff1, staff2] = await a.signIn('staff1', 'staff2')));
beforeAll(async () => {
  const h = crm(app);
  // Names interleave between the two parts, with ties across them.
  const own = ['Zpage An', 'Zpage Cúc', 'Zpage Em', 'Zpage Giang', 'Zpage Bình'];
  const others = ['Zpage Bình', 'Zpage Dũng', 'Zpage Hà', 'Zpage Ân'];
  // Some with an e-mail, most without: the e-mail sort has ties on '' across both parts.
  for (const name of own) {
    await h.createCustomer(staff1, name === 'Zpage Cúc' ? { name, email: 'cuc.zpage@x.vn' } : { name });
  }
  const sharedIds: string[] = [];
  for (const name of others) {
    const input = name === 'Zpage Hà' ? { name, email: 'ha.zpage@x.vn' } : { name };
    sharedIds.push((await h.createCustomer(staff2, input)).id);
  }
  await h.createCustomer(staff2, { name: 'Zpage Không chia sẻ' });
  const [{ id: staff1Id }] = await app.server.db.dataSource.query(
    `SELECT id FROM app_user WHERE email = 'staff1@sen.local'`,
  );
  const shared = await app.gql(
    'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
    { ids: sharedIds, u: [staff1Id] },
    { token: staff2 },
  );
  expect(shared.errors).toBeUndefined();
});

async function walk(orderBy: { field: string; direction: string }, first: number) {
  const seen: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let guard = 0; guard < 50; guard++) {
    const r: { data?: Page; errors?: unknown } = await app.gql<Page>(
      `query($f: CustomerFilter, $o: [CustomerOrder!], $first: Int, $after: String) {
         customers(filter: $f, orderBy: $o, first: $first, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`,
      { f: { search: 'zpage' }, o: [orderBy], first, after },
      { token: staff1 },
    );
    expect(r.errors).toBeUndefined();
    const page = r.data!.customers;
    total = page.totalCount;
    seen.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) {
      break;
    }
    after = page.pageInfo.endCursor;
  }
  return { seen, total };
}

/** The order the database gives the whole visible set, with the same keys. */
async function expected(expression: string, direction: 'ASC' | 'DESC'): Promise<string[]> {
  const rows: { id: string }[] = await app.server.db.dataSource.query(
    `SELECT c.id FROM customer c JOIN app_user me ON me.email = 'staff1@sen.local'
      WHERE c.deleted_at IS NULL AND c.search_text LIKE '%zpage%'
        AND (c.owner_id = me.id OR EXISTS (SELECT 1 FROM customer_share s WHERE s.customer_id = c.id AND s.user_id = me.id))
      ORDER BY ${expression} ${direction}, c.id ${direction}`,
  );
  return rows.map((r) => r.id);
}

describe('paging a STAFF list made of own and shared customers', () => {
  it.each([
    ['NAME', 'ASC', 'c.name'],
    ['NAME', 'DESC', 'c.name'],
    ['CREATED_AT', 'DESC', 'c.created_at'],
    ['EMAIL', 'ASC', `coalesce(c.email, '')`],
  ] as const)(
    'by %s %s, two at a time: every visible customer once, in order',
    async (field, direction, expr) => {
      const want = await expected(expr, direction);
      expect(want).toHaveLength(9);
      const { seen, total } = await walk({ field, direction }, 2);
      expect(seen).toEqual(want);
      expect(total).toBe(9);
    },
  );

  it('a page larger than the list has it all and no next page', async () => {
    const { seen } = await walk({ field: 'NAME', direction: 'ASC' }, 50);
    expect(seen).toEqual(await expected('c.name', 'ASC'));
  });
});
