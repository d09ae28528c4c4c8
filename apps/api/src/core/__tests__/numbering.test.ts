import { drawDocumentNumbers } from '../numbering';
import { crm } from '../../test/crm';
import { useTestApp } from '../../test/harness';

const NUMBERING = '{ documentNumbering { kind prefix width next } }';
const UPDATE = `mutation($k: DocumentKind!, $p: String!, $w: Int!) {
  updateDocumentNumbering(kind: $k, prefix: $p, width: $w) { kind prefix width next } }`;

let admin: string;
let staff: string;

const app = useTestApp(async (a) => ([admin, staff] = await a.signIn('admin', 'staff1')));

describe('document numbering', () => {
  it('lists every document kind with its prefix, width and next counter', async () => {
    const r = await app.gql<{ documentNumbering: { kind: string; prefix: string; next: number }[] }>(
      NUMBERING,
      {},
      { token: staff },
    );
    expect(r.data!.documentNumbering.map((n) => n.kind)).toEqual([
      'OPPORTUNITY',
      'QUOTE',
      'CONTRACT',
      'ORDER',
      'INVOICE',
      'RECEIPT',
      'CARE_CARD',
    ]);
    expect(r.data!.documentNumbering.find((n) => n.kind === 'QUOTE')).toMatchObject({
      prefix: 'BG',
      next: 1,
    });
  });

  it('lets an admin change a kind’s prefix and width, with an audit entry', async () => {
    const r = await app.gql<{ updateDocumentNumbering: { prefix: string; width: number } }>(
      UPDATE,
      { k: 'INVOICE', p: 'HD2026-', w: 5 },
      { token: admin },
    );
    expect(r.data!.updateDocumentNumbering).toMatchObject({ prefix: 'HD2026-', width: 5 });
    const log = await app.gql<{ auditLogs: { nodes: { description: string }[] } }>(
      '{ auditLogs(filter: { modules: ["settings"] }) { nodes { description } } }',
      {},
      { token: admin },
    );
    expect(log.data!.auditLogs.nodes[0].description).toBe('Cập nhật cách đánh số chứng từ INVOICE');
  });

  it('refuses a staff user and a bad prefix, changing nothing', async () => {
    const before = await app.snapshot(['document_numbering', 'audit_log']);
    const forbidden = await app.gql(UPDATE, { k: 'QUOTE', p: 'X', w: 4 }, { token: staff });
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
    const bad = await app.gql(UPDATE, { k: 'QUOTE', p: 'BG/ÁÀ', w: 4 }, { token: admin });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const tooWide = await app.gql(UPDATE, { k: 'QUOTE', p: 'BG', w: 13 }, { token: admin });
    expect(tooWide.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(['document_numbering', 'audit_log'])).toEqual(before);
  });

  it('gives concurrent creates distinct numbers, never handing one out again after a rollback', async () => {
    const ds = app.server.db.dataSource;
    const target = { table: 'customer', column: 'code' };
    const drawn = await Promise.all(
      Array.from({ length: 8 }, () => ds.transaction((m) => drawDocumentNumbers(m, 'CONTRACT', target, 3))),
    );
    const all = drawn.flat();
    expect(new Set(all).size).toBe(24);
    expect(all.every((n) => /^HD\d{6}$/.test(n))).toBe(true);
    await expect(
      ds.transaction(async (m) => {
        await drawDocumentNumbers(m, 'CONTRACT', target);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const [next] = await ds.transaction((m) => drawDocumentNumbers(m, 'CONTRACT', target));
    expect(all).not.toContain(next);
    expect(next).toBe('HD000026');
  });

  it('gives concurrently created customers distinct codes', async () => {
    const h = crm(app);
    const made = await Promise.all(
      Array.from({ length: 10 }, (_, i) => h.createCustomer(staff, { name: `Song song ${i}` })),
    );
    expect(new Set(made.map((c) => c.code)).size).toBe(10);
  });
});
