import { useTestApp } from '../../../test/harness';

const ME = '{ me { email } }';
const LOGOUT = 'mutation { logout }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const CREATE_TOKEN =
  'mutation($n: String!, $e: DateTime, $r: Boolean) { createApiToken(name: $n, expiresAt: $e, readOnly: $r) { token apiToken { id expiresAt readOnly } } }';
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version active } }`;

type Created = { createApiToken: { token: string; apiToken: { id: string } } };

let admin: string;
const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));

const works = async (token: string) => Boolean((await app.gql(ME, {}, { token })).data);

async function userOf(email: string): Promise<{ id: string; version: number }> {
  const r = await app.gql<{ users: { nodes: { id: string; email: string; version: number }[] } }>(
    'query($s: String) { users(filter: { search: $s }) { nodes { id email version } } }',
    { s: email },
    { token: admin },
  );
  return r.data!.users.nodes.find((u) => u.email === email)!;
}

async function post(body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { res, body: (await res.json()) as { data: unknown; errors?: { extensions: { code: string } }[] } };
}

it('logout ends the calling session at once, and only it', async () => {
  const a = await app.login('staff1@sen.local');
  const b = await app.login('staff1@sen.local');
  expect(await app.gql(LOGOUT, {}, { token: a })).toMatchObject({ data: { logout: true } });
  const after = await app.gql(ME, {}, { token: a });
  expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  expect(await works(b)).toBe(true);
});

it('changePassword ends every other session; the caller’s own goes on', async () => {
  const mine = await app.login('manager@sen.local');
  const other = await app.login('manager@sen.local');
  const r = await app.gql(CHANGE, { c: 'sen-demo-2026', n: 'Ba con mèo trèo cây cau' }, { token: mine });
  expect(r.data).toEqual({ changePassword: true });
  expect(await works(mine)).toBe(true);
  expect(await works(other)).toBe(false);
});

it("an admin's password reset ends every session of that user", async () => {
  const session = await app.login('staff2@sen.local');
  const u = await userOf('staff2@sen.local');
  const r = await app.gql(
    UPDATE,
    { id: u.id, input: { password: 'Hai con cá bơi dưới ao', version: u.version } },
    { token: admin },
  );
  expect(r.errors).toBeUndefined();
  expect(await works(session)).toBe(false);
  expect(await works(admin)).toBe(true);
});

it('an API token cannot create API tokens', async () => {
  const session = await app.login('staff1@sen.local');
  const { token } = (await app.gql<Created>(CREATE_TOKEN, { n: 'Parent' }, { token: session })).data!
    .createApiToken;
  expect(await works(token)).toBe(true); // its first use is recorded now, not during the refusal
  const before = await app.snapshot(['api_token']);
  const child = await app.gql(CREATE_TOKEN, { n: 'Child' }, { token });
  expect(child.errors![0].extensions.code).toBe('FORBIDDEN');
  expect(child.errors![0].message).toBe('API token không thể tạo API token khác: hãy đăng nhập để tạo.');
  expect(await app.snapshot(['api_token'])).toEqual(before);
});

it('reactivating a user does not revive their old sessions or API tokens', async () => {
  const email = 'quay.lai@sen.local';
  const created = await app.gql<{ createUser: { id: string; version: number } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id version } }',
    { i: { email, name: 'Quay Lại', password: 'Ba con mèo trèo cây cau', role: 'STAFF' } },
    { token: admin },
  );
  const { id } = created.data!.createUser;
  const session = await app.login(email, 'Ba con mèo trèo cây cau');
  const { token } = (await app.gql<Created>(CREATE_TOKEN, { n: 'Bot' }, { token: session })).data!
    .createApiToken;
  let u = await userOf(email);
  await app.gql(UPDATE, { id, input: { active: false, version: u.version } }, { token: admin });
  u = await userOf(email);
  const back = await app.gql(UPDATE, { id, input: { active: true, version: u.version } }, { token: admin });
  expect(back.errors).toBeUndefined();
  expect(await works(session)).toBe(false);
  expect(await works(token)).toBe(false);
  expect(await works(await app.login(email, 'Ba con mèo trèo cây cau'))).toBe(true);
});

it('API tokens may expire and may be read-only (mutations refused with FORBIDDEN)', async () => {
  const session = await app.login('staff1@sen.local');
  const soon = new Date(Date.now() + 1500).toISOString();
  const expiring = (await app.gql<Created>(CREATE_TOKEN, { n: 'Short', e: soon }, { token: session })).data!
    .createApiToken.token;
  expect(await works(expiring)).toBe(true);
  const past = await app.gql(CREATE_TOKEN, { n: 'Past', e: '2020-01-01T00:00:00Z' }, { token: session });
  expect(past.errors![0].extensions.code).toBe('BAD_USER_INPUT');

  const readOnly = (await app.gql<Created>(CREATE_TOKEN, { n: 'Reader', r: true }, { token: session })).data!
    .createApiToken.token;
  expect(await works(readOnly)).toBe(true);
  const before = await app.snapshot();
  const write = await app.gql(
    'mutation { createCustomer(input: { name: "Không được tạo", kind: B2C, phone: "0912000111" }) { id } }',
    {},
    { token: readOnly, lang: 'en' },
  );
  expect(write.errors![0].extensions.code).toBe('FORBIDDEN');
  expect(write.errors![0].message).toBe('This API token is read-only: it cannot change data.');
  expect(await app.snapshot()).toEqual(before);

  await new Promise((r) => setTimeout(r, 1700));
  expect(await works(expiring)).toBe(false);
});

it('keeps the browser session in an HttpOnly SameSite=Lax cookie that logout ends', async () => {
  const login = await post(
    { query: 'mutation { login(email: "staff1@sen.local", password: "sen-demo-2026") { user { email } } }' },
    { 'content-type': 'application/json' },
  );
  const setCookie = login.res.headers.get('set-cookie')!;
  expect(setCookie).toMatch(/^sen_session=[^;]+;/);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  expect(setCookie).not.toMatch(/Secure/i);
  const cookie = setCookie.split(';')[0];
  const json = { 'content-type': 'application/json', cookie };
  expect((await post({ query: ME }, json)).body.data).toEqual({ me: { email: 'staff1@sen.local' } });

  // A simple cross-site form post carries the cookie (SameSite aside) but is refused: CSRF prevention.
  const simple = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', cookie },
    body: JSON.stringify({ query: LOGOUT }),
  });
  expect(simple.status).toBe(400);
  expect((await post({ query: ME }, json)).body.data).toEqual({ me: { email: 'staff1@sen.local' } });

  const out = await post({ query: LOGOUT }, json);
  expect(out.body.data).toEqual({ logout: true });
  expect(out.res.headers.get('set-cookie')).toMatch(/^sen_session=;/);
  const again = await post({ query: ME }, json);
  expect(again.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
});
