import { deflateSync } from 'node:zlib';
import { ok, useTestApp } from '../../../test/harness';

const PROFILE = `name taxCode address phone email website bankAccount bankName representative logoUrl version`;
const TABLES = ['company_profile', 'system_parameter', 'audit_log'];

/** A real 1×1 PNG. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 18, 184, 134]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
  }
  return ~c >>> 0;
}

describe('company profile (PAR-01): the header of every printed document', () => {
  let admin: string;
  let staff: string;

  const app = useTestApp(async (a) => ([admin, staff] = await a.signIn('admin', 'staff1')));

  const get = async (token: string) =>
    (
      await app.gql<{ companyProfile: Record<string, unknown> }>(
        `{ companyProfile { ${PROFILE} } }`,
        {},
        { token },
      )
    ).data!.companyProfile;
  const update = (token: string, input: Record<string, unknown>, lang?: string) =>
    app.gql<{ updateCompanyProfile: Record<string, unknown> }>(
      `mutation($input: CompanyProfileInput!) { updateCompanyProfile(input: $input) { ${PROFILE} } }`,
      { input },
      { token, lang },
    );
  const logo = (token: string | null, method: string, body?: Buffer, type = 'image/png') =>
    fetch(`${app.url}/files/company/logo`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': type },
      body,
    });

  it('an admin fills it in: normalised, audited, the name shared with the system parameters', async () => {
    const { version } = await get(admin);
    const r = await update(admin, {
      name: '  Công ty Cổ phần  Sen Việt ',
      taxCode: '0100109106',
      address: 'Số 1 Lê Duẩn, Phường Cửa Nam, Hà Nội',
      phone: '+84 24 7300 4666',
      email: 'LienHe@SenViet.vn',
      website: 'senviet.vn',
      bankAccount: '0011000012345',
      bankName: 'Vietcombank',
      representative: 'Nguyễn Văn Đức',
      version,
    });
    expect(ok(r).updateCompanyProfile).toMatchObject({
      name: 'Công ty Cổ phần Sen Việt',
      taxCode: '0100109106',
      phone: '02473004666',
      email: 'lienhe@senviet.vn',
      version: (version as number) + 1,
      logoUrl: null,
    });
    const params = await app.gql<{ systemParameters: { companyName: string } }>(
      '{ systemParameters { companyName } }',
      {},
      { token: admin },
    );
    expect(params.data!.systemParameters.companyName).toBe('Công ty Cổ phần Sen Việt');
    const [entry] = await app.server.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE record_id = 'company_profile' ORDER BY at DESC LIMIT 1`,
    );
    expect(entry.changes.taxCode).toEqual({ from: null, to: '0100109106' });
    // Every user reads it: it heads the documents they print.
    expect(await get(staff)).toMatchObject({ name: 'Công ty Cổ phần Sen Việt', taxCode: '0100109106' });
  });

  it('refuses a bad tax code, a stale version and a non-admin, changing nothing', async () => {
    const { version } = await get(admin);
    const before = await app.snapshot(TABLES);
    const bad = await update(admin, { taxCode: '0100109107', version }, 'en');
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'taxCode', message: expect.stringMatching(/tax code/i) }],
    });
    const stale = await update(admin, { name: 'X', version: (version as number) - 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version });
    const forbidden = await update(staff, { name: 'X', version });
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await app.snapshot(TABLES)).toEqual(before);
  });

  it('takes a PNG logo, serves it to signed-in users, and refuses other files and sizes', async () => {
    const image = png();
    const up = await logo(admin, 'POST', image);
    expect(up.status).toBe(200);
    const profile = (await up.json()) as { logoUrl: string };
    expect(profile.logoUrl).toMatch(/^\/files\/company\/logo\?v=\d+$/);
    const got = await fetch(`${app.url}${profile.logoUrl}`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(image);
    expect((await fetch(`${app.url}${profile.logoUrl}`)).status).toBe(401);

    const before = await app.snapshot(TABLES);
    const text = await logo(admin, 'POST', Buffer.from('<svg onload="alert(1)"/>'), 'image/svg+xml');
    expect(text.status).toBe(400);
    expect(await text.json()).toEqual({ code: 'BAD_USER_INPUT', message: 'Logo phải là ảnh PNG hoặc JPEG.' });
    const big = await logo(admin, 'POST', Buffer.concat([image, Buffer.alloc(600 * 1024)]));
    expect(big.status).toBe(400);
    expect(((await big.json()) as { message: string }).message).toMatch(/512 KB/);
    expect((await logo(staff, 'POST', image)).status).toBe(403);
    expect((await logo(null, 'POST', image)).status).toBe(401);
    expect(await app.snapshot(TABLES)).toEqual(before);

    expect((await logo(admin, 'DELETE')).status).toBe(200);
    expect((await get(admin)).logoUrl).toBeNull();
    expect(
      (await fetch(`${app.url}/files/company/logo`, { headers: { authorization: `Bearer ${admin}` } }))
        .status,
    ).toBe(404);
  });
});
