import { crm } from '../../test/crm';
import { useTestApp } from '../../test/harness';

/**
 * Rows written in one transaction share their `created_at` to the microsecond (an import, a bulk
 * action). Paging a list sorted by that time, page after page, gives each row exactly once: the
 * cursor keeps the microseconds (issue 19: a 1M-activity export lost 3,390 rows at page edges).
 */
let admin: string;

const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));

it('pages through opportunities created in the same microsecond without losing or repeating one', async () => {
  const customer = await crm(app).createCustomer(admin, { name: 'Keyset Microgiây' });
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) {
    const r = await app.gql<{ createOpportunity: { id: string } }>(
      'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }',
      { i: { name: `Keyset cơ hội ${i}`, customerId: customer.id } },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    ids.push(r.data!.createOpportunity.id);
  }
  // One transaction's time, with microseconds a millisecond cursor would cut off.
  // (Written past the audit trigger, as a bulk load would: the rows' time is the point here.)
  await app.server.db.dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await m.query(`UPDATE opportunity SET created_at = '2026-03-04 05:06:07.123456+00' WHERE id = ANY($1)`, [
      ids,
    ]);
  });
  for (const direction of ['DESC', 'ASC']) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const r: { data?: { opportunities: Page }; errors?: unknown } = await app.gql<{ opportunities: Page }>(
        `query($f: OpportunityFilter, $o: [OpportunityOrder!], $after: String) {
           opportunities(filter: $f, orderBy: $o, first: 2, after: $after) {
             pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { f: { customerId: customer.id }, o: [{ field: 'CREATED_AT', direction }], after },
        { token: admin },
      );
      expect(r.errors).toBeUndefined();
      seen.push(...r.data!.opportunities.nodes.map((n) => n.id));
      if (!r.data!.opportunities.pageInfo.hasNextPage) {
        break;
      }
      after = r.data!.opportunities.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));
  }
});

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}
