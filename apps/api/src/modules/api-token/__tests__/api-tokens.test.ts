import { createHash } from 'node:crypto';
import { useTestApp } from '../../../test/harness';

const CREATE =
  'mutation($n: String!) { createApiToken(name: $n) { token apiToken { id name createdAt lastUsedAt } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) }';

type Created = { createApiToken: { token: string; apiToken: { id: string; name: string } } };

const app = useTestApp();

it('shows a new token once, stores only its hash, and lets an integrator use it', async () => {
  const session = await app.login('staff1@sen.local');
  const r = await app.gql<Created>(CREATE, { n: 'Zapier' }, { token: session });
  const { token, apiToken } = r.data!.createApiToken;
  expect(token).toMatch(/^sen_pat_[A-Za-z0-9_-]{40,}$/);

  const rows: { token_hash: string }[] = await app.server.db.dataSource.query(
    'SELECT token_hash FROM api_token WHERE id = $1',
    [apiToken.id],
  );
  expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
  const dump = JSON.stringify(await app.snapshot());
  expect(dump).not.toContain(token);

  const me = await app.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
  expect(me.data!.me.email).toBe('staff1@sen.local');
  const list = await app.gql<{ apiTokens: Record<string, unknown>[] }>(
    '{ apiTokens { id name lastUsedAt } }',
    {},
    { token: session },
  );
  expect(list.data!.apiTokens).toHaveLength(1);
  expect(list.data!.apiTokens[0]).toMatchObject({ id: apiToken.id, name: 'Zapier' });
  expect(list.data!.apiTokens[0].lastUsedAt).not.toBeNull();
});

it('stops a revoked token at once; another user cannot revoke it', async () => {
  const session = await app.login('staff2@sen.local');
  const { token, apiToken } = (await app.gql<Created>(CREATE, { n: 'Script' }, { token: session })).data!
    .createApiToken;

  const other = await app.login('staff1@sen.local');
  const before = await app.snapshot();
  const foreign = await app.gql(REVOKE, { id: apiToken.id }, { token: other });
  expect(foreign.errors![0].extensions.code).toBe('NOT_FOUND');
  expect(await app.snapshot()).toEqual(before);
  expect((await app.gql('{ me { id } }', {}, { token })).data).toBeTruthy();

  expect((await app.gql(REVOKE, { id: apiToken.id }, { token: session })).data).toEqual({
    revokeApiToken: true,
  });
  const after = await app.gql('{ me { id } }', {}, { token });
  expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  const again = await app.gql(REVOKE, { id: apiToken.id }, { token: session });
  expect(again.errors![0].extensions.code).toBe('NOT_FOUND');
});

it("stops a deactivated user's API token at once", async () => {
  const admin = await app.login('admin@sen.local');
  const session = await app.login('manager@sen.local');
  const { token } = (await app.gql<Created>(CREATE, { n: 'Report bot' }, { token: session })).data!
    .createApiToken;
  const users = await app.gql<{ users: { nodes: { id: string; version: number }[] } }>(
    '{ users(filter: { search: "manager@sen.local" }) { nodes { id version } } }',
    {},
    { token: admin },
  );
  const manager = users.data!.users.nodes[0];
  await app.gql(
    'mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: { active: false, version: $v }) { id } }',
    { id: manager.id, v: manager.version },
    { token: admin },
  );
  const r = await app.gql('{ me { id } }', {}, { token });
  expect(r.errors![0].extensions.code).toBe('UNAUTHENTICATED');
});

it('refuses an empty token name with BAD_USER_INPUT', async () => {
  const session = await app.login('staff1@sen.local');
  const r = await app.gql(CREATE, { n: '   ' }, { token: session });
  expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(r.errors![0].extensions.fieldErrors).toEqual([
    { field: 'name', message: 'Trường này là bắt buộc.' },
  ]);
});
