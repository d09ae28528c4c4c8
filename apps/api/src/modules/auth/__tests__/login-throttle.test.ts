import { startServer, type RunningServer } from '../../../server';
import { startTestApp, type TestApp } from '../../../test/harness';
import { campaignApi } from '../../campaign/campaign-test-helpers';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const REGISTER =
  'mutation($code: String!, $i: CampaignRegistrationInput!) { registerForCampaign(campaignCode: $code, input: $i) }';

async function post(url: string, query: string, variables: Record<string, unknown>, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: unknown; errors?: { extensions: { code: string } }[] };
}

const code = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0].extensions.code ?? 'OK';

describe('one server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('verifies at most five of 40 parallel guesses: the right password at position 30 is locked out', async () => {
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 29 ? 'sen-demo-2026' : `wrong-guess-${i}`));
    const results = await Promise.all(guesses.map((p) => post(app.url, LOGIN, { e: 'staff2@sen.local', p })));
    const codes = results.map(code);
    expect(codes[29]).toBe('TOO_MANY_REQUESTS');
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(35);
    expect(codes).not.toContain('OK');
    const after = await post(app.url, LOGIN, { e: 'staff2@sen.local', p: 'sen-demo-2026' });
    expect(code(after)).toBe('TOO_MANY_REQUESTS');
    // Other accounts still sign in from this address.
    expect(code(await post(app.url, LOGIN, { e: 'staff1@sen.local', p: 'sen-demo-2026' }))).toBe('OK');
  });

  it('does not let successful logins from one address lock it out', async () => {
    for (let i = 0; i < 52; i++) {
      expect(code(await post(app.url, LOGIN, { e: 'manager@sen.local', p: 'sen-demo-2026' }))).toBe('OK');
    }
  });

  it('ignores X-Forwarded-For unless SEN_TRUST_PROXY is set: rotating it does not escape the address limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post(
          app.url,
          LOGIN,
          { e: `nobody${i}@sen.local`, p: 'wrong-password' },
          { 'x-forwarded-for': `203.0.113.${i}` },
        ),
      ),
    );
    expect(results.map(code)).toContain('TOO_MANY_REQUESTS');
    const right = await post(
      app.url,
      LOGIN,
      { e: 'admin@sen.local', p: 'sen-demo-2026' },
      { 'x-forwarded-for': '198.51.100.7' },
    );
    expect(code(right)).toBe('TOO_MANY_REQUESTS');
  });
});

it('trusts X-Forwarded-For behind a configured proxy (SEN_TRUST_PROXY)', async () => {
  const app = await startTestApp({ SEN_TRUST_PROXY: 'loopback' });
  try {
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post(
          app.url,
          LOGIN,
          { e: `nobody${i}@sen.local`, p: 'wrong-password' },
          { 'x-forwarded-for': '203.0.113.9' },
        ),
      ),
    );
    const same = await post(
      app.url,
      LOGIN,
      { e: 'admin@sen.local', p: 'sen-demo-2026' },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(code(same)).toBe('TOO_MANY_REQUESTS');
    const other = await post(
      app.url,
      LOGIN,
      { e: 'admin@sen.local', p: 'sen-demo-2026' },
      { 'x-forwarded-for': '198.51.100.7' },
    );
    expect(code(other)).toBe('OK');
  } finally {
    await app.close();
  }
});

describe('two servers on one database', () => {
  let app: TestApp;
  let second: RunningServer;
  beforeAll(async () => {
    app = await startTestApp();
    second = await startServer(app.env);
  });
  afterAll(async () => {
    await second.close();
    await app.close();
  });

  it('share the login lockout', async () => {
    for (const url of [app.url, second.url, app.url, second.url, app.url]) {
      expect(code(await post(url, LOGIN, { e: 'staff1@sen.local', p: 'not-the-password' }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const locked = await post(second.url, LOGIN, { e: 'staff1@sen.local', p: 'sen-demo-2026' });
    expect(code(locked)).toBe('TOO_MANY_REQUESTS');
    expect(code(await post(app.url, LOGIN, { e: 'staff1@sen.local', p: 'sen-demo-2026' }))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it("share the public registration form's limit", async () => {
    const staff = await app.login('staff2@sen.local');
    await campaignApi(app).create(staff, { name: 'Hội thảo chung', code: 'HT2SERVER' });
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const url = i % 2 === 0 ? app.url : second.url;
      const r = await post(url, REGISTER, {
        code: 'HT2SERVER',
        i: { name: `Khách ${i}`, phone: `09123460${String(i).padStart(2, '0')}` },
      });
      codes.push(code(r));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('OK'));
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});
