import { ok, useTestApp } from '../../../test/harness';

const CREATE = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id email name role active birthday version department { name } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id name role active version }
}`;

type CreatedUser = { id: string; email: string; name: string; version: number };

let admin: string;
let staff: string;
let deptId: string;

const app = useTestApp(async (a) => ([admin, staff] = await a.signIn('admin', 'staff1')));
beforeAll(async () => {
  const d = await app.gql<{ departments: { id: string; name: string }[] }>(
    '{ departments { id name } }',
    {},
    { token: admin },
  );
  deptId = d.data!.departments.find((x) => x.name === 'Phòng Kinh doanh')!.id;
});

const input = (over: Record<string, unknown> = {}) => ({
  email: 'thu.pham@sen.local',
  name: '  Phạm   Thị Thu ',
  password: 'mat-khau-2026',
  role: 'STAFF',
  departmentId: deptId,
  birthday: '1990-02-01',
  ...over,
});

describe('createUser', () => {
  it('creates a user with normalised fields and logs it with the new values', async () => {
    const r = await app.gql<{ createUser: CreatedUser & Record<string, unknown> }>(
      CREATE,
      { input: input() },
      { token: admin },
    );
    expect(ok(r).createUser).toMatchObject({
      email: 'thu.pham@sen.local',
      name: 'Phạm Thị Thu',
      role: 'STAFF',
      active: true,
      birthday: '1990-02-01',
      version: 1,
      department: { name: 'Phòng Kinh doanh' },
    });
    const log = await app.gql<{
      auditLogs: {
        nodes: {
          action: string;
          module: string;
          recordId: string;
          changes: Record<string, { to: unknown }>;
        }[];
      };
    }>(
      `query($id: String) { auditLogs(filter: { recordId: $id }) { nodes { action module recordId changes } } }`,
      { id: r.data!.createUser.id },
      { token: admin },
    );
    expect(log.data!.auditLogs.nodes).toHaveLength(1);
    expect(log.data!.auditLogs.nodes[0]).toMatchObject({ action: 'CREATE', module: 'user' });
    expect(log.data!.auditLogs.nodes[0].changes.name.to).toBe('Phạm Thị Thu');
    expect(JSON.stringify(log.data!.auditLogs.nodes[0].changes)).not.toContain('mat-khau-2026');
    // The new user can sign in.
    expect(await app.login('thu.pham@sen.local', 'mat-khau-2026')).toBeTruthy();
  });

  it('is refused to a STAFF user with FORBIDDEN, changing nothing', async () => {
    const before = await app.snapshot();
    const r = await app.gql(CREATE, { input: input({ email: 'x@sen.local' }) }, { token: staff });
    expect(r.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await app.snapshot()).toEqual(before);
  });

  it('refuses a duplicate e-mail, whatever its case, naming the existing user', async () => {
    const before = await app.snapshot();
    const r = await app.gql(CREATE, { input: input({ email: ' THU.PHAM@sen.local' }) }, { token: admin });
    expect(r.errors![0].extensions.code).toBe('DUPLICATE');
    expect(r.errors![0].message).toBe('Email đã tồn tại trong người dùng Phạm Thị Thu');
    expect(r.errors![0].extensions.duplicate).toMatchObject({ field: 'email', existingName: 'Phạm Thị Thu' });
    expect(await app.snapshot()).toEqual(before);
  });

  it('reports every invalid field at once, translated', async () => {
    const before = await app.snapshot();
    const r = await app.gql(
      CREATE,
      { input: input({ email: 'not-mail', name: '   ', password: 'short', birthday: null }) },
      { token: admin, lang: 'en' },
    );
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = (r.errors![0].extensions.fieldErrors as { field: string; message: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    expect(r.errors![0].extensions.fieldErrors).toContainEqual({
      field: 'email',
      message: 'Not a valid e-mail address.',
    });
    // A date that does not exist is refused by the Date scalar, naming the field.
    const date = await app.gql(
      CREATE,
      { input: input({ email: 'd@sen.local', birthday: '2025-02-30' }) },
      { token: admin },
    );
    // Under application/json a request error is answered 200 (GraphQL over HTTP).
    expect(date.status).toBe(200);
    expect(date.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'birthday', message: 'Giá trị không hợp lệ.' }],
    });
    expect(await app.snapshot()).toEqual(before);
  });

  it('lets only one of two concurrent creates of the same e-mail succeed', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        app.gql(CREATE, { input: input({ email: 'race@sen.local', name: `Race ${i}` }) }, { token: admin }),
      ),
    );
    expect(results.filter((r) => r.data?.createUser)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'DUPLICATE')).toHaveLength(2);
    const rows = await app.server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM app_user WHERE email = 'race@sen.local'`,
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('updateUser', () => {
  let user: CreatedUser;
  beforeAll(async () => {
    const r = await app.gql<{ createUser: CreatedUser }>(
      CREATE,
      { input: input({ email: 'edit@sen.local' }) },
      { token: admin },
    );
    user = r.data!.createUser;
  });

  it('updates with the current version, bumps it, and logs the changed fields before → after', async () => {
    const r = await app.gql<{ updateUser: { role: string; version: number } }>(
      UPDATE,
      { id: user.id, input: { role: 'MANAGER', name: 'Phạm Thị Thu', version: 1 } },
      { token: admin },
    );
    expect(r.data!.updateUser).toMatchObject({ role: 'MANAGER', version: 2 });
    const log = await app.gql<{ auditLogs: { nodes: { action: string; changes: unknown }[] } }>(
      `query($id: String) { auditLogs(filter: { recordId: $id, actions: [UPDATE] }) { nodes { action changes } } }`,
      { id: user.id },
      { token: admin },
    );
    expect(log.data!.auditLogs.nodes[0].changes).toEqual({ role: { from: 'STAFF', to: 'MANAGER' } });
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const before = await app.snapshot();
    const r = await app.gql(UPDATE, { id: user.id, input: { name: 'Stale', version: 1 } }, { token: admin });
    expect(r.errors![0].extensions.code).toBe('CONFLICT');
    expect(r.errors![0].extensions.currentVersion).toBe(2);
    expect(await app.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id and FORBIDDEN for a STAFF caller', async () => {
    const missing = await app.gql(
      UPDATE,
      { id: '6f1d6b2c-0000-4000-8000-000000000000', input: { version: 1 } },
      { token: admin },
    );
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
    const notUuid = await app.gql(UPDATE, { id: 'nope', input: { version: 1 } }, { token: admin });
    expect(notUuid.errors![0].extensions.code).toBe('NOT_FOUND');
    const staffCall = await app.gql(
      UPDATE,
      { id: user.id, input: { name: 'X', version: 2 } },
      { token: staff },
    );
    expect(staffCall.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an admin deactivating themself', async () => {
    const me = await app.gql<{ me: { id: string; version: number } }>(
      '{ me { id version } }',
      {},
      { token: admin },
    );
    const r = await app.gql(
      UPDATE,
      { id: me.data!.me.id, input: { active: false, version: me.data!.me.version } },
      { token: admin },
    );
    expect(r.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('shuts a deactivated user out at once: their session token stops working', async () => {
    const token = await app.login('edit@sen.local', 'mat-khau-2026');
    expect((await app.gql('{ me { id } }', {}, { token })).data).toBeTruthy();
    const r = await app.gql(UPDATE, { id: user.id, input: { active: false, version: 2 } }, { token: admin });
    expect(r.data).toMatchObject({ updateUser: { active: false } });
    const after = await app.gql('{ me { id } }', {}, { token });
    expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(after.errors![0].message).toBe('Tài khoản đã bị ngừng hoạt động.');
    const login = await app.gql(
      'mutation { login(email: "edit@sen.local", password: "mat-khau-2026") { token } }',
    );
    expect(login.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('users list and departments', () => {
  it('searches names without diacritics and pages with keyset cursors', async () => {
    const r = await app.gql<{ users: { nodes: { name: string }[] } }>(
      '{ users(filter: { search: "nguyen van duc" }) { nodes { name } } }',
      {},
      { token: staff },
    );
    expect(r.data!.users.nodes.map((n) => n.name)).toEqual(['Nguyễn Văn Đức']);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data: {
          users: { nodes: { email: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        } | null;
      } = await app.gql(
        'query($after: String) { users(first: 2, after: $after, orderBy: [{ field: EMAIL, direction: ASC }]) { nodes { email } pageInfo { hasNextPage endCursor } } }',
        { after },
        { token: admin },
      );
      seen.push(...page.data!.users.nodes.map((n) => n.email));
      if (!page.data!.users.pageInfo.hasNextPage) {
        break;
      }
      after = page.data!.users.pageInfo.endCursor;
    }
    const all = await app.gql<{ users: { totalCount: number } }>(
      '{ users(first: 200) { totalCount } }',
      {},
      { token: admin },
    );
    expect(seen).toHaveLength(all.data!.users.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
  });

  it('creates a department once; the same name again (any case or accents) is a DUPLICATE', async () => {
    const ok = await app.gql<{ createDepartment: { name: string } }>(
      'mutation { createDepartment(name: "Phòng Kế toán") { name } }',
      {},
      { token: admin },
    );
    expect(ok.data!.createDepartment.name).toBe('Phòng Kế toán');
    const before = await app.snapshot();
    const dup = await app.gql(
      'mutation { createDepartment(name: "phong ke toan") { name } }',
      {},
      { token: admin },
    );
    expect(dup.errors![0].extensions.code).toBe('DUPLICATE');
    expect(await app.snapshot()).toEqual(before);
  });
});
