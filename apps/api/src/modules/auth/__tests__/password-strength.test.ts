import { useTestApp } from '../../../test/harness';

const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }`;

const WEAK: [string, string, string][] = [
  ['12345678', 'v.passwordWeak', 'The password is too easy to guess'],
  ['password', 'v.passwordWeak', 'The password is too easy to guess'],
  ['        ', 'v.passwordBlank', 'The password cannot be only spaces or invisible characters.'],
  ['\u200b'.repeat(8), 'v.passwordBlank', 'The password cannot be only spaces or invisible characters.'],
];

let admin: string;
const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));

it('refuses weak, common, blank and invisible new passwords on changePassword, in both languages', async () => {
  const token = await app.login('staff1@sen.local');
  const before = await app.snapshot();
  for (const [password, , en] of WEAK) {
    const r = await app.gql(CHANGE, { c: 'sen-demo-2026', n: password }, { token, lang: 'en' });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const fieldErrors = r.errors![0].extensions.fieldErrors as { field: string; message: string }[];
    expect(fieldErrors).toHaveLength(1);
    expect(fieldErrors[0].field).toBe('newPassword');
    expect(fieldErrors[0].message).toContain(en);
  }
  const vi = await app.gql(CHANGE, { c: 'sen-demo-2026', n: '12345678' }, { token });
  expect(vi.errors![0].extensions.fieldErrors).toEqual([
    {
      field: 'newPassword',
      message:
        'Mật khẩu quá dễ đoán (mật khẩu phổ biến, dãy số hoặc từ đơn giản). Hãy dùng một cụm từ dài hơn.',
    },
  ]);
  expect(await app.snapshot()).toEqual(before);
  // The old password still works; a strong one is accepted.
  expect(await app.login('staff1@sen.local')).toBeTruthy();
  const ok = await app.gql(CHANGE, { c: 'sen-demo-2026', n: 'Ba con mèo trèo cây cau' }, { token });
  expect(ok.data).toEqual({ changePassword: true });
});

it("refuses them when an admin creates a user or resets a user's password", async () => {
  const before = await app.snapshot();
  for (const [password, key] of WEAK) {
    const created = await app.gql(
      CREATE,
      { input: { email: 'weak@sen.local', name: 'Weak', password, role: 'STAFF' } },
      { token: admin },
    );
    expect(created.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect((created.errors![0].extensions.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
      'password',
    ]);
    expect(key).toMatch(/^v\./);
  }
  expect(await app.snapshot()).toEqual(before);

  const user = await app.gql<{ createUser: { id: string; version: number } }>(
    CREATE,
    {
      input: {
        email: 'strong@sen.local',
        name: 'Strong',
        password: 'Ba con mèo trèo cây cau',
        role: 'STAFF',
      },
    },
    { token: admin },
  );
  expect(user.errors).toBeUndefined();
  const { id, version } = user.data!.createUser;
  const snap = await app.snapshot();
  for (const [password] of WEAK) {
    const reset = await app.gql(UPDATE, { id, input: { password, version } }, { token: admin });
    expect(reset.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  }
  expect(await app.snapshot()).toEqual(snap);
});
