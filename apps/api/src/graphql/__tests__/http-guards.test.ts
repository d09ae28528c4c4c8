import { useTestApp } from '../../test/harness';

let token: string;
const app = useTestApp(async (a) => ([token] = await a.signIn('admin')));

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors: { message: string; extensions: { code: string } }[] },
  };
}

async function stillServing() {
  const health = await fetch(`${app.url}/healthz`);
  expect(health.status).toBe(200);
  const me = await app.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
  expect(me.data!.me.email).toBe('admin@sen.local');
}

describe('hostile or broken requests', () => {
  it('answers malformed JSON with 400 BAD_USER_INPUT, translated', async () => {
    const vi = await post('{"query": "{ me { id }');
    expect(vi.status).toBe(400);
    expect(vi.body.errors[0]).toMatchObject({
      message: 'Yêu cầu không đúng định dạng JSON.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const en = await post('not json', { 'accept-language': 'en' });
    expect(en.body.errors[0].message).toBe('The request is not valid JSON.');
    await stillServing();
  });

  it('refuses an oversized body with 413 before parsing it', async () => {
    const before = await app.snapshot();
    const huge = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2_000_000) } });
    const r = await post(huge);
    expect(r.status).toBe(413);
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors[0].message).toBe('Yêu cầu quá lớn.');
    expect(await app.snapshot()).toEqual(before);
    await stillServing();
  });

  it('refuses first: 100000 with BAD_USER_INPUT and the limit', async () => {
    const r = await app.gql('{ users(first: 100000) { nodes { id } } }', {}, { token, lang: 'en' });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe('At most 200 records can be fetched per page.');
    const negative = await app.gql('{ users(first: -1) { nodes { id } } }', {}, { token });
    expect(negative.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const badCursor = await app.gql('{ users(after: "%%%") { nodes { id } } }', {}, { token });
    expect(badCursor.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a too-deep query before it reaches the database', async () => {
    let selection = 'name';
    for (let i = 0; i < 6; i++) {
      selection = `department { users { ${selection} } }`;
    }
    const r = await app.gql(`{ users { nodes { ${selection} } } }`, {}, { token });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe('Truy vấn lồng quá sâu (tối đa 10 cấp).');
    expect(r.data ?? null).toBeNull();
    await stillServing();
  });

  it('refuses a too-costly query (many aliased full pages) and keeps serving', async () => {
    const aliases = Array.from(
      { length: 40 },
      (_, i) => `a${i}: users(first: 200) { nodes { id name email department { name } } }`,
    );
    const r = await app.gql(`{ ${aliases.join(' ')} }`, {}, { token, lang: 'en' });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/^The query is too costly \(\d+ > 20000\)\.$/);
    await stillServing();
  });

  it('answers a syntax error with BAD_USER_INPUT', async () => {
    const r = await app.gql('{ me { ', {}, { token });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('allows introspection only to signed-in callers', async () => {
    const anonymous = await app.gql('{ __schema { queryType { name } } }');
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const signedIn = await app.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
      {},
      { token },
    );
    expect(signedIn.data!.__schema.queryType.name).toBe('Query');
  });

  it('never leaks internals: an unknown field is a plain validation error', async () => {
    const r = await app.gql('{ me { passwordHash } }', {}, { token });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).not.toMatch(/stack|at .*\.js|SELECT/);
  });
});

describe('healthz', () => {
  it('answers 200 while the database is reachable', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
