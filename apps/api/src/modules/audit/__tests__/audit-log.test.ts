import { useTestApp } from '../../../test/harness';

type Logs = {
  auditLogs: {
    totalCount: number;
    nodes: { action: string; module: string; description: string; user: { email: string } | null }[];
  };
};
const LOGS = `query($f: AuditLogFilter, $first: Int) {
  auditLogs(filter: $f, first: $first) { totalCount nodes { action module description at user { email } } }
}`;

let admin: string;
const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));
beforeAll(async () => {
  await app.login('staff1@sen.local');
  await app.login('staff2@sen.local');
});

describe('auditLogs (AUD-02)', () => {
  it('filters by action, module, user and a diacritic-insensitive description search', async () => {
    const logins = await app.gql<Logs>(LOGS, { f: { actions: ['LOGIN'] } }, { token: admin });
    expect(logins.data!.auditLogs.nodes.every((n) => n.action === 'LOGIN')).toBe(true);
    expect(logins.data!.auditLogs.totalCount).toBe(3);

    const dept = await app.gql<Logs>(LOGS, { f: { modules: ['department'] } }, { token: admin });
    expect(dept.data!.auditLogs.nodes.map((n) => n.description).sort()).toEqual([
      'Thêm phòng ban Phòng Kinh doanh (dữ liệu mẫu)',
      'Thêm phòng ban Phòng Marketing (dữ liệu mẫu)',
    ]);

    const folded = await app.gql<Logs>(LOGS, { f: { search: 'dang nhap: STAFF1' } }, { token: admin });
    expect(folded.data!.auditLogs.nodes.map((n) => n.description)).toEqual(['Đăng nhập: staff1@sen.local']);

    const users = await app.gql<{ users: { nodes: { id: string }[] } }>(
      '{ users(filter: { search: "staff2" }) { nodes { id } } }',
      {},
      { token: admin },
    );
    const byUser = await app.gql<Logs>(
      LOGS,
      { f: { userIds: [users.data!.users.nodes[0].id] } },
      { token: admin },
    );
    const nodes = byUser.data!.auditLogs.nodes;
    expect(new Set(nodes.map((n) => n.user?.email))).toEqual(new Set(['staff2@sen.local']));
    expect(nodes.map((n) => n.action)).toContain('LOGIN');
  });

  it("answers descriptions in the caller's language and finds them in either", async () => {
    const en = await app.gql<Logs>(
      LOGS,
      { f: { search: 'logged in: staff1' } },
      { token: admin, lang: 'en' },
    );
    expect(en.data!.auditLogs.nodes.map((n) => n.description)).toEqual(['Logged in: staff1@sen.local']);
    const vi = await app.gql<Logs>(LOGS, { f: { search: 'logged in: staff1' } }, { token: admin });
    expect(vi.data!.auditLogs.nodes.map((n) => n.description)).toEqual(['Đăng nhập: staff1@sen.local']);
  });

  it('filters by a date-time range', async () => {
    const future = await app.gql<Logs>(LOGS, { f: { from: '2999-01-01T00:00:00+07:00' } }, { token: admin });
    expect(future.data!.auditLogs.totalCount).toBe(0);
    const all = await app.gql<Logs>(
      LOGS,
      { f: { from: '2000-01-01T00:00:00+07:00', to: new Date(Date.now() + 60_000).toISOString() } },
      { token: admin },
    );
    const total = await app.gql<Logs>(LOGS, {}, { token: admin });
    expect(all.data!.auditLogs.totalCount).toBe(total.data!.auditLogs.totalCount);
  });

  it('is closed to STAFF and shows a MANAGER only their department', async () => {
    const staff = await app.login('staff1@sen.local');
    const r = await app.gql(LOGS, {}, { token: staff });
    expect(r.errors![0].extensions.code).toBe('FORBIDDEN');

    const manager = await app.login('manager@sen.local');
    const seen = await app.gql<Logs>(LOGS, { first: 200 }, { token: manager });
    const emails = new Set(seen.data!.auditLogs.nodes.map((n) => n.user?.email));
    expect(emails.has('staff1@sen.local')).toBe(true); // same department
    expect(emails.has('staff2@sen.local')).toBe(false); // Phòng Marketing
    expect(emails.has('admin@sen.local')).toBe(false);
  });
});

describe('append-only (AUD-03)', () => {
  it('offers no mutation that edits or deletes log entries', async () => {
    const r = await app.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
      {},
      { token: admin },
    );
    const names = r.data!.__schema.mutationType.fields.map((f) => f.name.toLowerCase());
    expect(
      names.filter((n) => n.includes('audit') || (n.includes('log') && n !== 'login' && n !== 'logout')),
    ).toEqual([]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the log even in SQL', async () => {
    const ds = app.server.db.dataSource;
    const before = await app.snapshot(['audit_log']);
    await expect(ds.query(`UPDATE audit_log SET description = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect(await app.snapshot(['audit_log'])).toEqual(before);
  });

  it('cannot commit a change to a user without its log entry', async () => {
    const ds = app.server.db.dataSource;
    const before = await app.snapshot();
    await expect(
      ds.transaction(async (m) => {
        await m.query(`UPDATE app_user SET name = 'Unlogged' WHERE email = 'staff1@sen.local'`);
      }),
    ).rejects.toThrow(/no audit-log entry/);
    expect(await app.snapshot()).toEqual(before);
  });
});
