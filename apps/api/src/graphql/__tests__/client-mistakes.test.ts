import { crm } from '../../test/crm';
import { useTestApp } from '../../test/harness';

/**
 * Issue 13, item 9: what a client gets wrong is a client error with an API code, never
 * INTERNAL_SERVER_ERROR; racing "make primary" calls end with one primary contact and no error.
 */
let token: string;
const app = useTestApp(async (a) => ([token] = await a.signIn('admin')));

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('client mistakes', () => {
  it('answers a forged cursor with BAD_USER_INPUT', async () => {
    const byName = 'query($a: String) { customers(after: $a) { nodes { id } } }';
    const byDate =
      'query($a: String) { customers(after: $a, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id } } }';
    const users = 'query($a: String) { users(after: $a) { nodes { id } } }';
    const cases: [string, string][] = [
      [byName, cursor(['Nguyễn', 'not-a-uuid'])],
      [users, cursor(['Nguyễn', 'not-a-uuid'])],
      [byName, cursor([{ a: 1 }, '00000000-0000-0000-0000-000000000000'])],
      [byDate, cursor(['2026-99-99', '00000000-0000-0000-0000-000000000000'])],
      [byDate, cursor(['2026-01-01\u0000', '00000000-0000-0000-0000-000000000000'])],
    ];
    for (const [q, after] of cases) {
      const r = await app.gql(q, { a: after }, { token });
      expect({ q, after, code: r.errors?.[0].extensions.code }).toEqual({ q, after, code: 'BAD_USER_INPUT' });
    }
  });

  it('refuses a page of more than 200 rows, and a `maxFirst` is no argument a client may send', async () => {
    const r = await app.gql('{ activities(first: 201) { nodes { id } } }', {}, { token });
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'first' }],
    });
    const forged = await app.gql(
      '{ activities(first: 5000, maxFirst: 5000) { nodes { id } } }',
      {},
      { token },
    );
    expect(forged.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const ok = await app.gql<{ activities: { nodes: unknown[] } }>(
      '{ activities(first: 200) { nodes { id } } }',
      {},
      { token },
    );
    expect(ok.errors).toBeUndefined();
  });

  it('answers a NUL byte in a text with BAD_USER_INPUT and changes nothing', async () => {
    const before = await app.snapshot(['customer', 'contact', 'audit_log']);
    const create = await app.gql(
      'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }',
      { i: { name: 'Công ty\u0000 NUL' } },
      { token },
    );
    expect(create.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const search = await app.gql(
      'query($s: String) { customers(filter: { search: $s }) { nodes { id } } }',
      {
        s: 'a\u0000b',
      },
      { token },
    );
    expect(search.errors?.[0].extensions.code ?? 'ok').not.toBe('INTERNAL_SERVER_ERROR');
    expect(await app.snapshot(['customer', 'contact', 'audit_log'])).toEqual(before);
  });

  it('30 parallel "make primary" calls leave one primary contact and no error', async () => {
    const customer = await crm(app).createCustomer(token, { name: 'Khách nhiều liên hệ' });
    const contacts: { id: string; version: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await app.gql<{ createContact: { id: string; version: number } }>(
        'mutation($i: CreateContactInput!) { createContact(input: $i) { id version } }',
        { i: { name: `Liên hệ ${i}`, customerId: customer.id } },
        { token },
      );
      contacts.push(r.data!.createContact);
    }
    const results = await Promise.all(
      contacts.map((c) =>
        app.gql(
          'mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id isPrimary } }',
          { id: c.id, i: { isPrimary: true, version: c.version } },
          { token },
        ),
      ),
    );
    expect(results.map((r) => r.errors?.[0].extensions.code ?? 'ok')).toEqual(contacts.map(() => 'ok'));
    const primaries = await app.server.db.dataSource.query(
      'SELECT id FROM contact WHERE customer_id = $1 AND is_primary AND deleted_at IS NULL',
      [customer.id],
    );
    expect(primaries).toHaveLength(1);
    // Creating primary contacts in parallel too.
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.gql(
          'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }',
          { i: { name: `Chính ${i}`, customerId: customer.id, isPrimary: true } },
          { token },
        ),
      ),
    );
    expect(created.map((r) => r.errors?.[0].extensions.code ?? 'ok')).toEqual(created.map(() => 'ok'));
    const after = await app.server.db.dataSource.query(
      'SELECT id FROM contact WHERE customer_id = $1 AND is_primary AND deleted_at IS NULL',
      [customer.id],
    );
    expect(after).toHaveLength(1);
  });
});
