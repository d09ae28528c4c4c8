import { loadEnv } from '../../../config/env';
import { startServer, type RunningServer } from '../../../server';
import { errorCode, JWT_SECRET, PASSWORD, useTestApp, type GqlResult } from '../../../test/harness';

/**
 * A request runs on the caller its token's previous request found while no session, user or
 * department has changed since (the database's notices, modules/auth/session-watch.ts), else it
 * starts on that caller while the session is checked again beside it (http/app.ts): whatever changed
 * meanwhile, here or on another instance sharing the database, the next answer once this instance
 * has the database's notice (a change made here: at once) is the checked caller's.
 */
const ME = '{ me { email role department { name } } }';
const USERS = 'query($s: String) { users(filter: { search: $s }) { nodes { id email version } } }';
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }`;
const CREATE_CUSTOMER = 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }';

type Me = { me: { email: string; role: string; department: { name: string } | null } };

/** Another instance on the same database, as behind a load balancer (closed before the database goes). */
let other: RunningServer | undefined;
let otherAdmin: string;
afterAll(() => other?.close());

let admin: string;
const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));

async function gqlAt<T>(
  url: string,
  query: string,
  variables: object,
  token?: string,
): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResult<T>, 'status'>;
  return { status: res.status, data: body.data ?? null, errors: body.errors };
}

async function loginAt(url: string, email: string): Promise<string> {
  const r = await gqlAt<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: PASSWORD },
  );
  return r.data!.login.token;
}

/** Changes a user through an instance, as an admin there. */
async function updateUser(url: string, token: string, email: string, input: object): Promise<void> {
  const found = await gqlAt<{ users: { nodes: { id: string; email: string; version: number }[] } }>(
    url,
    USERS,
    { s: email },
    token,
  );
  const u = found.data!.users.nodes.find((n) => n.email === email)!;
  const r = await gqlAt(url, UPDATE_USER, { id: u.id, input: { ...input, version: u.version } }, token);
  expect(r.errors).toBeUndefined();
}

const me = async (token: string) => (await app.gql<Me>(ME, {}, { token })).data?.me;

const auth = () => app.server.services.auth;

/** Polls (every 5 ms, at most 3 s) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  const t0 = Date.now();
  while (!done()) {
    if (Date.now() - t0 > 3_000) {
      throw new Error('timed out');
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Makes a change elsewhere (another instance, another program), then waits for its notice here. */
async function noticed(change: () => Promise<unknown>): Promise<void> {
  await until(() => auth().watchEpoch() !== null);
  const before = auth().watchEpoch();
  await change();
  await until(() => auth().watchEpoch() !== before);
}

/** Runs SQL on the database as another program would (not through this server's requests). */
const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
  app.server.db.dataSource.query(text, params);

beforeAll(async () => {
  other = await startServer(
    loadEnv({
      NODE_ENV: 'test',
      PORT: '0',
      SEN_DATA_DIR: app.env.dataDir,
      SEN_JWT_SECRET: JWT_SECRET,
      SEN_DEMO_DATA: 'true',
      SEN_WEB_DIST: app.env.webDist,
      DATABASE_URL: app.env.databaseUrl!,
    }),
  );
  otherAdmin = await loginAt(other.url, 'admin@sen.local');
});

it('a role or department changed on this instance or another shows in the very next answer', async () => {
  const token = await app.login('staff1@sen.local');
  expect(await me(token)).toEqual({
    email: 'staff1@sen.local',
    role: 'STAFF',
    department: { name: 'Phòng Kinh doanh' },
  });

  // Here: the admin's change is answered, then the user's next request.
  await updateUser(app.url, admin, 'staff1@sen.local', { role: 'MANAGER' });
  expect((await me(token))?.role).toBe('MANAGER');

  // On the other instance: this one learns of it only from the database's notice.
  await noticed(() =>
    updateUser(other!.url, otherAdmin, 'staff1@sen.local', { role: 'STAFF', departmentId: null }),
  );
  expect(await me(token)).toEqual({ email: 'staff1@sen.local', role: 'STAFF', department: null });
});

it('a session ended on another instance is refused by the next request here, a query or a write', async () => {
  const token = await app.login('staff2@sen.local');
  expect(await me(token)).toBeDefined();
  await noticed(async () =>
    expect((await gqlAt(other!.url, 'mutation { logout }', {}, token)).data).toEqual({ logout: true }),
  );

  const read = await app.gql<Me>(ME, {}, { token });
  expect(read.data).toBeNull();
  expect(errorCode(read)).toBe('UNAUTHENTICATED');

  const before = await app.snapshot(['customer']);
  const write = await app.gql(CREATE_CUSTOMER, { i: { name: 'Không được tạo' } }, { token });
  expect(errorCode(write)).toBe('UNAUTHENTICATED');
  expect(await app.snapshot(['customer'])).toEqual(before);
});

it('a user deactivated on another instance is refused here at once, told why', async () => {
  const token = await app.login('manager@sen.local');
  expect((await me(token))?.role).toBe('MANAGER');
  await noticed(() => updateUser(other!.url, otherAdmin, 'manager@sen.local', { active: false }));

  const refused = await app.gql<Me>(ME, {}, { token });
  expect(errorCode(refused)).toBe('UNAUTHENTICATED');
  const fresh = await app.gql(ME, {}, { token });
  // The same answer as a request that had never been assumed (the second one is not).
  expect(fresh.errors).toEqual(refused.errors);
  expect(refused.errors![0].message).toBe('Tài khoản đã bị ngừng hoạt động.');
});

it('after a write of its own, the next request checks the session before it starts, and answers as the caller now is', async () => {
  const token = await app.login('staff2@sen.local');
  const prefs = 'mutation($l: Language!) { updateMyPreferences(language: $l) { id language } }';
  const lang = async () =>
    (await app.gql<{ me: { language: string } }>('{ me { language } }', {}, { token })).data?.me.language;
  expect(await lang()).toBeDefined();
  // A read leaves what it found to be assumed by the next request.
  expect(app.server.services.auth.assumed(token)).not.toBeNull();
  const set = await app.gql(prefs, { l: 'EN' }, { token });
  expect(set.errors).toBeUndefined();
  // The write changed the caller's own row: the next request does not start on the old one
  // (it would run twice, its first answer thrown away).
  expect(app.server.services.auth.assumed(token)).toBeNull();
  expect(await lang()).toBe('EN');
  expect(app.server.services.auth.assumed(token)).not.toBeNull();
  expect((await app.gql(prefs, { l: 'VI' }, { token })).errors).toBeUndefined();
  expect(await lang()).toBe('VI');
});

it('a session read once is trusted unread until anything about sessions, users or departments changes', async () => {
  const token = await app.login('staff1@sen.local');
  await until(() => auth().watchEpoch() !== null);
  expect(await me(token)).toBeDefined();
  expect(auth().trusted(token)).not.toBeNull();
  // Another program ends the session: the database's notice withdraws the trust.
  await noticed(() =>
    sql(
      'UPDATE auth_session SET ended_at = now() WHERE ended_at IS NULL AND user_id = (SELECT id FROM app_user WHERE email = $1)',
      ['staff1@sen.local'],
    ),
  );
  expect(auth().trusted(token)).toBeNull();
  expect(errorCode(await app.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
});

it('a write answered here withdraws every trust before its answer is sent', async () => {
  const staff = await app.login('staff2@sen.local');
  expect(await me(staff)).toBeDefined();
  expect(auth().trusted(staff)).not.toBeNull();
  await updateUser(app.url, admin, 'staff2@sen.local', { active: false });
  expect(auth().trusted(staff)).toBeNull();
  expect(errorCode(await app.gql(ME, {}, { token: staff }))).toBe('UNAUTHENTICATED');
  await updateUser(app.url, admin, 'staff2@sen.local', { active: true });
});

it('while the notices are not heard, every request reads its session again; trust returns with them', async () => {
  const token = await app.login('staff1@sen.local');
  const fresh = await app.login('staff1@sen.local');
  expect(await me(fresh)).toBeDefined();
  // The watch's connection is cut (a restart of the database, a proxy's idle timeout…).
  await sql(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sen-session-watch' AND datname = current_database()",
  );
  await until(() => auth().watchEpoch() === null);
  expect(auth().trusted(fresh)).toBeNull();
  // Nothing notifies anyone now, and the very next request still finds the session ended.
  await sql(
    'UPDATE auth_session SET ended_at = now() WHERE ended_at IS NULL AND user_id = (SELECT id FROM app_user WHERE email = $1)',
    ['staff1@sen.local'],
  );
  expect(errorCode(await app.gql(ME, {}, { token: fresh }))).toBe('UNAUTHENTICATED');
  expect(errorCode(await app.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  // The watch listens again by itself, and trusts what it reads from then on.
  await until(() => auth().watchEpoch() !== null);
  const again = await app.login('staff1@sen.local');
  expect(await me(again)).toBeDefined();
  expect(auth().trusted(again)).not.toBeNull();
});
