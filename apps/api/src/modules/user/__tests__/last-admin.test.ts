import { useTestApp } from '../../../test/harness';

const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id role active version }
}`;
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id version } }`;
const ME = '{ me { id version role } }';

type Me = { me: { id: string; version: number; role: string } };

const app = useTestApp();

async function activeAdmins(): Promise<number> {
  const rows: { n: number }[] = await app.server.db.dataSource.query(
    `SELECT count(*)::int AS n FROM app_user WHERE role = 'ADMIN' AND active`,
  );
  return rows[0].n;
}

async function newAdmin(email: string): Promise<{ id: string; token: string }> {
  const admin = await app.login('admin@sen.local');
  const r = await app.gql<{ createUser: { id: string } }>(
    CREATE,
    { input: { email, name: `Admin ${email}`, password: 'Quản-trị-viên-dự-phòng-2026', role: 'ADMIN' } },
    { token: admin },
  );
  expect(r.errors).toBeUndefined();
  return { id: r.data!.createUser.id, token: await app.login(email, 'Quản-trị-viên-dự-phòng-2026') };
}

it('refuses the last active admin demoting themself, with a translated FORBIDDEN and no change', async () => {
  const token = await app.login('admin@sen.local');
  const me = (await app.gql<Me>(ME, {}, { token })).data!.me;
  expect(await activeAdmins()).toBe(1);
  const before = await app.snapshot();
  for (const role of ['STAFF', 'MANAGER']) {
    const vi = await app.gql(UPDATE, { id: me.id, input: { role, version: me.version } }, { token });
    expect(vi.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(vi.errors![0].message).toBe(
      'Không thể bỏ quyền quản trị của quản trị viên cuối cùng: hệ thống cần ít nhất một quản trị viên đang hoạt động.',
    );
    const en = await app.gql(
      UPDATE,
      { id: me.id, input: { role, version: me.version } },
      { token, lang: 'en' },
    );
    expect(en.errors![0].message).toBe(
      'The last active administrator cannot lose the administrator role: at least one is needed.',
    );
  }
  expect(await app.snapshot()).toEqual(before);
  const still = await app.gql<Me>(ME, {}, { token });
  expect(still.data!.me.role).toBe('ADMIN');
});

it('lets an admin step down while another active admin remains, and then refuses the other', async () => {
  const second = await newAdmin('admin2@sen.local');
  const first = await app.login('admin@sen.local');
  const me = (await app.gql<Me>(ME, {}, { token: first })).data!.me;
  const r = await app.gql<{ updateUser: { role: string } }>(
    UPDATE,
    { id: me.id, input: { role: 'MANAGER', version: me.version } },
    { token: first },
  );
  expect(r.data!.updateUser.role).toBe('MANAGER');
  expect(await activeAdmins()).toBe(1);
  const other = (await app.gql<Me>(ME, {}, { token: second.token })).data!.me;
  const refused = await app.gql(
    UPDATE,
    { id: other.id, input: { role: 'STAFF', version: other.version } },
    { token: second.token },
  );
  expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
  expect(await activeAdmins()).toBe(1);
  // Put things back for the next test.
  const back = (
    await app.gql<{ user: { version: number } }>(
      'query($id: ID!) { user(id: $id) { version } }',
      { id: me.id },
      { token: second.token },
    )
  ).data!.user;
  await app.gql(
    UPDATE,
    { id: me.id, input: { role: 'ADMIN', version: back.version } },
    { token: second.token },
  );
  expect(await activeAdmins()).toBe(2);
});

it('keeps one admin when two admins demote or deactivate each other at the same moment', async () => {
  const a = await newAdmin('admin3@sen.local');
  const b = await newAdmin('admin4@sen.local');
  const first = await app.login('admin@sen.local');
  const second = await app.login('admin2@sen.local', 'Quản-trị-viên-dự-phòng-2026');
  const tokens = [first, second, a.token, b.token];
  const mes = await Promise.all(tokens.map(async (token) => (await app.gql<Me>(ME, {}, { token })).data!.me));
  expect(await activeAdmins()).toBe(4);
  // Every admin demotes themself at once, and deactivates the next one.
  const results = await Promise.all(
    mes.flatMap((me, i) => [
      app.gql(UPDATE, { id: me.id, input: { role: 'STAFF', version: me.version } }, { token: tokens[i] }),
      app.gql(
        UPDATE,
        { id: mes[(i + 1) % 4].id, input: { active: false, version: mes[(i + 1) % 4].version } },
        { token: tokens[i] },
      ),
    ]),
  );
  for (const r of results) {
    if (r.errors) {
      expect(['FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED']).toContain(r.errors[0].extensions.code);
    }
  }
  expect(await activeAdmins()).toBeGreaterThanOrEqual(1);
});
