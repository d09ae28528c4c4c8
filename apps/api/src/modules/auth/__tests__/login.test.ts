import { SignJWT } from 'jose';
import { JWT_SECRET, useTestApp } from '../../../test/harness';

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email role } } }';
const ME = '{ me { email name role language } }';

const app = useTestApp();

describe('login', () => {
  it('signs in the demo admin with a trimmed, case-insensitive e-mail and answers me', async () => {
    const r = await app.gql<{ login: { token: string; user: { email: string; role: string } } }>(LOGIN, {
      e: '  Admin@Sen.Local ',
      p: 'sen-demo-2026',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.user).toEqual({ email: 'admin@sen.local', role: 'ADMIN' });
    const me = await app.gql<{ me: { email: string } }>(ME, {}, { token: r.data!.login.token });
    expect(me.data!.me.email).toBe('admin@sen.local');
  });

  it('logs each successful login in the audit log', async () => {
    const token = await app.login('staff1@sen.local');
    const admin = await app.login('admin@sen.local');
    const logs = await app.gql<{ auditLogs: { nodes: { action: string; user: { email: string } }[] } }>(
      '{ auditLogs(filter: { actions: [LOGIN] }, first: 50) { nodes { action user { email } } } }',
      {},
      { token: admin },
    );
    expect(logs.data!.auditLogs.nodes.map((n) => n.user.email)).toContain('staff1@sen.local');
    expect(token).toBeTruthy();
  });

  it('refuses a wrong password in Vietnamese by default and in English on request, changing nothing', async () => {
    const before = await app.snapshot();
    const vi = await app.gql(LOGIN, { e: 'manager@sen.local', p: 'wrong-password' });
    expect(vi.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(vi.errors![0].message).toBe('Email hoặc mật khẩu không đúng.');
    const en = await app.gql(
      LOGIN,
      { e: 'manager@sen.local', p: 'wrong-password' },
      { lang: 'en-US,en;q=0.9' },
    );
    expect(en.errors![0].message).toBe('Wrong e-mail or password.');
    const unknown = await app.gql(LOGIN, { e: 'nobody@sen.local', p: 'whatever1' });
    expect(unknown.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(vi.errors![0].message);
    expect(await app.snapshot()).toEqual(before);
  });

  it('locks an e-mail after five failures with a clear error at once, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await app.gql(LOGIN, { e: 'staff2@sen.local', p: `bad-${i}-password` });
    }
    const started = Date.now();
    const locked = await app.gql(LOGIN, { e: 'staff2@sen.local', p: 'sen-demo-2026' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(locked.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.errors![0].message).toMatch(/thử lại sau \d+ giây/);
    // Other accounts are not affected.
    expect(await app.login('staff1@sen.local')).toBeTruthy();
  });

  it('refuses a malformed e-mail as BAD_USER_INPUT with a field error', async () => {
    const r = await app.gql(LOGIN, { e: 'not-an-email', p: 'x' });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.fieldErrors).toEqual([{ field: 'email', message: 'Email không hợp lệ.' }]);
  });
});

describe('tokens', () => {
  it('refuses every operation but login without a token', async () => {
    const r = await app.gql(ME);
    expect(r.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toBe('Bạn cần đăng nhập để tiếp tục.');
    expect(r.data).toBeNull();
  });

  it('refuses forged, expired and malformed tokens', async () => {
    const forged = await new SignJWT({ typ: 'session' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-0000-0000-000000000000')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-0123456789-0123456789'));
    const staffToken = await app.login('staff1@sen.local');
    const { sub } = JSON.parse(Buffer.from(staffToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
    };
    const expired = await new SignJWT({ typ: 'session' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(JWT_SECRET));
    const cases: [string, string][] = [
      [forged, 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.'],
      [expired, 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.'],
      ['garbage', 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.'],
      [`${staffToken.slice(0, -2)}xx`, 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.'],
    ];
    for (const [token, message] of cases) {
      const r = await app.gql(ME, {}, { token });
      expect(r.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toBe(message);
    }
    const ok = await app.gql<{ me: { email: string } }>(ME, {}, { token: staffToken });
    expect(ok.data!.me.email).toBe('staff1@sen.local');
  });

  it('refuses a token that expires after it was first accepted', async () => {
    const staffToken = await app.login('staff1@sen.local');
    const { sub, sid } = JSON.parse(Buffer.from(staffToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const shortLived = await new SignJWT({ typ: 'session', sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(new TextEncoder().encode(JWT_SECRET));
    const before = await app.gql<{ me: { email: string } }>(ME, {}, { token: shortLived });
    expect(before.data!.me.email).toBe('staff1@sen.local');
    await new Promise((r) => setTimeout(r, 2500));
    const after = await app.gql(ME, {}, { token: shortLived });
    expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(after.errors![0].message).toBe('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
  });
});

describe('changePassword', () => {
  const CHANGE =
    'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

  it('refuses a wrong current password or a short new one, changing nothing', async () => {
    const token = await app.login('manager@sen.local');
    const before = await app.snapshot();
    const wrong = await app.gql(CHANGE, { c: 'not-my-password', n: 'new-password-1' }, { token });
    expect(wrong.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions.fieldErrors).toEqual([
      { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
    const short = await app.gql(CHANGE, { c: 'sen-demo-2026', n: 'short' }, { token, lang: 'en' });
    expect(short.errors![0].extensions.fieldErrors).toEqual([
      { field: 'newPassword', message: 'The password must have 8 to 128 characters.' },
    ]);
    expect(await app.snapshot()).toEqual(before);
  });

  it('changes the password: the old one stops working, the new one works', async () => {
    const token = await app.login('manager@sen.local');
    const r = await app.gql(CHANGE, { c: 'sen-demo-2026', n: 'Mật-khẩu-mới-2026' }, { token });
    expect(r.data).toEqual({ changePassword: true });
    const old = await app.gql(LOGIN, { e: 'manager@sen.local', p: 'sen-demo-2026' });
    expect(old.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await app.login('manager@sen.local', 'Mật-khẩu-mới-2026')).toBeTruthy();
  });
});
