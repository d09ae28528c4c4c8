import { useTestApp } from '../../test/harness';

let admin: string;
const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));

async function call(path: string, init: RequestInit & { token?: string | null; lang?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) {
    headers.authorization = `Bearer ${init.token}`;
  }
  if (init.lang) {
    headers['accept-language'] = init.lang;
  }
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { ...headers, ...init.headers } });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

describe('/files errors', () => {
  it('answers an unknown /files path with a JSON 404 in the one { code, message } shape', async () => {
    for (const path of ['/files', '/files/nothing', '/files/export', '/files/import/x/y/z', '/files/a.pdf']) {
      const r = await call(path, { token: admin });
      expect([path, r.status, r.type]).toEqual([path, 404, expect.stringContaining('application/json')]);
      expect(JSON.parse(r.text)).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy dữ liệu.' });
    }
    const en = await call('/files/nothing', { lang: 'en' });
    expect(JSON.parse(en.text)).toEqual({ code: 'NOT_FOUND', message: 'The record was not found.' });
    // A method the path does not take is refused the same way, not by the web app's page (POST
    // runs the export in the background, X-08; PUT is nothing).
    const put = await call('/files/export/customers.xlsx', { method: 'PUT', token: admin });
    expect(put.status).toBe(404);
    expect(JSON.parse(put.text).code).toBe('NOT_FOUND');
  });

  it('gives every file route the same shape, with the status that matches the code', async () => {
    const cases: [string, string | null, number, string][] = [
      ['/files/export/customers.xlsx', null, 401, 'UNAUTHENTICATED'],
      ['/files/export/widgets.xlsx', admin, 404, 'NOT_FOUND'],
      ['/files/export/invoices.xlsx?filter=%7Bbad', admin, 400, 'BAD_USER_INPUT'],
      ['/files/templates/customers.xlsx', 'garbage', 401, 'UNAUTHENTICATED'],
      ['/files/import/00000000-0000-0000-0000-000000000000/errors.xlsx', admin, 404, 'NOT_FOUND'],
      ['/files/campaigns/not-an-id/members.pdf', null, 401, 'UNAUTHENTICATED'],
      ['/files/campaigns/not-an-id/members.pdf', admin, 404, 'NOT_FOUND'],
      ['/files/campaigns/not-an-id/members.exe', admin, 404, 'NOT_FOUND'],
    ];
    for (const [path, token, status, code] of cases) {
      const r = await call(path, { token });
      const body = JSON.parse(r.text) as Record<string, unknown>;
      expect([path, r.status, Object.keys(body).sort(), body.code]).toEqual([
        path,
        status,
        ['code', 'message'],
        code,
      ]);
      expect(typeof body.message).toBe('string');
    }
  });
});
