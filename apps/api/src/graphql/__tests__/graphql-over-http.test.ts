import { auditServer, type AuditResult } from 'graphql-http';
import { useTestApp } from '../../test/harness';

/**
 * The GraphQL-over-HTTP reference audit (graphql-http's `auditServer`): no error and no warning,
 * for an anonymous caller and for a signed-in one.
 */
let token: string;
const app = useTestApp(async (a) => ([token] = await a.signIn('admin')));

function problems(results: AuditResult[]) {
  return results
    .filter((r) => r.status === 'error' || r.status === 'warn')
    .map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
}

describe('GraphQL over HTTP', () => {
  it('passes the audit for an anonymous caller', async () => {
    const results = await auditServer({ url: `${app.url}/graphql` });
    expect(problems(results)).toEqual([]);
  });

  it('passes the audit with a token', async () => {
    const fetchFn: typeof fetch = (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: `${app.url}/graphql`, fetchFn });
    expect(problems(results)).toEqual([]);
  });
});
