import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { campaignApi } from '../campaign-test-helpers';

let staff1: string;
let staff2: string;
let campaignId: string;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sen-cmp-export-'));

const app = useTestApp();
beforeAll(async () => {
  const c = campaignApi(app);
  const h = crm(app);
  staff1 = await app.login('staff1@sen.local');
  staff2 = await app.login('staff2@sen.local');
  const k = await c.create(staff1, { name: 'Hội thảo Đà Lạt', code: 'HT-DALAT', budget: '25000000' });
  campaignId = k.id;
  const ids = [
    (
      await h.createCustomer(staff1, {
        name: 'Phạm Thị Hường',
        phone: '0987654321',
        officeAddress: 'Số 1 Lê Lợi, Huế',
      })
    ).id,
    (await h.createCustomer(staff1, { name: 'Đặng Văn Lưỡng', email: 'luong@example.vn' })).id,
    (await h.createCustomer(staff1, { name: '=HYPERLINK("http://x")' })).id,
  ];
  await c.add(staff1, k.id, ids);
  const members = (await c.members(staff1, k.id)).nodes;
  const byName = (n: string) => members.find((m) => m.customerName === n)!.id;
  await c.change(staff1, [byName('Phạm Thị Hường')], 'JOINED');
  await c.change(staff1, [byName('Đặng Văn Lưỡng')], 'CONFIRMED');
});

async function download(format: string, query = '', token: string | null = staff1) {
  const res = await fetch(`${app.url}/files/campaigns/${campaignId}/members.${format}${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('Xuất khẩu khách hàng chiến dịch (CMP-09)', () => {
  it('exports a PDF whose Vietnamese text comes out exactly (embedded font)', async () => {
    const { res, body } = await download('pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(tmp, 'members.pdf');
    writeFileSync(file, body);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    expect(text).toContain('Phạm Thị Hường');
    expect(text).toContain('Đặng Văn Lưỡng');
    expect(text).toContain('Danh sách khách hàng chiến dịch: Hội thảo Đà Lạt');
    expect(text).toMatch(/Đăng kí: 3\s+Xác nhận: 2\s+Tham gia: 1\s+Hủy: 0/);
    expect(execFileSync('pdffonts', [file]).toString()).toMatch(/DejaVuSans.*yes/);
  });

  it('exports Excel with the header, the totals and neutralised cells', async () => {
    const { res, body } = await download('xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const values = Array.from(ws.getSheetValues(), (r) =>
      Array.isArray(r) ? Array.from(r.slice(1), (v) => v ?? '') : [],
    );
    expect(values[1][0]).toBe('DANH SÁCH KHÁCH HÀNG CHIẾN DỊCH: Hội thảo Đà Lạt');
    expect(values.find((r) => r[0] === 'Tổng Đăng kí')).toEqual([
      'Tổng Đăng kí',
      3,
      'Tổng Xác nhận',
      2,
      'Tổng Tham gia',
      1,
      'Tổng Hủy',
      0,
    ]);
    const names = values.map((r) => r[2]);
    expect(names).toEqual(
      expect.arrayContaining(['Phạm Thị Hường', 'Đặng Văn Lưỡng', `'=HYPERLINK("http://x")`]),
    );
    const row = values.find((r) => r[2] === 'Phạm Thị Hường')!;
    expect(row.slice(3)).toEqual([
      '0987654321',
      '',
      'Số 1 Lê Lợi, Huế',
      'Nguyễn Văn Đức',
      'Tham gia',
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
    ]);
  });

  it('filters by status and join dates, and escapes HTML', async () => {
    const { body } = await download('html', '?statuses=JOINED,CONFIRMED');
    const html = body.toString('utf8');
    expect(html).toContain('<td>Phạm Thị Hường</td>');
    expect(html).toContain('<td>Đặng Văn Lưỡng</td>');
    expect(html).not.toContain('HYPERLINK');
    expect(html).toContain('Xác nhận: <strong>2</strong>');
    const future = await download('html', '?joinedFrom=2099-01-01');
    expect(future.body.toString('utf8')).not.toContain('Phạm Thị Hường');
    const all = await download('html');
    expect(all.body.toString('utf8')).toContain('<td>=HYPERLINK(&#34;http://x&#34;)</td>');
  });

  it('refuses without a token or with bad filters, and writes an EXPORT entry otherwise', async () => {
    const anon = await download('pdf', '', null);
    expect(anon.res.status).toBe(401);
    expect(JSON.parse(anon.body.toString()).code).toBe('UNAUTHENTICATED');
    const bad = await download('xlsx', '?statuses=MAYBE&joinedFrom=31/12/2026');
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).fieldErrors.map((f: { field: string }) => f.field)).toEqual([
      'statuses',
      'joinedFrom',
    ]);
    const entries = await app.server.db.dataSource.query(
      `SELECT description FROM audit_log WHERE action = 'EXPORT' AND record_id = $1 ORDER BY at`,
      [campaignId],
    );
    expect(entries[0].description).toBe('Xuất khẩu 3 khách hàng chiến dịch Hội thảo Đà Lạt (PDF)');
  });

  it('leaves out contact details of customers outside a STAFF user’s scope', async () => {
    const { body } = await download('html', '', staff2);
    const html = body.toString('utf8');
    expect(html).toContain('<td>Phạm Thị Hường</td>');
    expect(html).not.toContain('0987654321');
    expect(html).not.toContain('Lê Lợi');
  });
});
