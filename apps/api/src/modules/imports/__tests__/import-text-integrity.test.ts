import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type TestApp, useTestApp } from '../../../test/harness';
import { inlineStringXlsx, jobs, upload } from '../../../test/import-files';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

/** Text where almost every character is two, three or four bytes of UTF-8. */
const WORDS = [
  'Nguyễn',
  'Trần',
  'Đặng',
  'Hoàng',
  'Phạm',
  'Vũ',
  'Ngô',
  'Đức',
  'Thị',
  'Hưởng',
  'Quỳnh',
  'Nhượng',
  'Khuyến',
  'Ứng',
  'Ưởng',
  'Ỷ',
  'Đường',
  'Phường',
  'Thừa',
  'Thiên',
  'Huế',
  '東京',
  '😀',
  'Ễ',
];

function text(seed: number, words: number): string {
  const out: string[] = [];
  let x = seed * 2654435761;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[(x >>> 8) % WORDS.length]);
  }
  return out.join(' ');
}

interface Row {
  name: string;
  office_address: string;
  business_address: string;
  description: string;
}

/** Every row the job created, in file order (each name ends with its row's index). */
async function imported(app: TestApp, jobId: string): Promise<Row[]> {
  const rows: Row[] = await app.server.db.dataSource.query(
    `SELECT name, office_address, business_address, description FROM customer WHERE import_job_id = $1`,
    [jobId],
  );
  const index = (r: Row) => Number(/\d+$/.exec(r.name)?.[0] ?? -1);
  return rows.sort((a, b) => index(a) - index(b));
}

describe('an imported .xlsx keeps every character of every cell (IMP-01, X-09)', () => {
  let admin: string;

  const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));

  it('reads 6,000 rows of multi-byte text written as inline strings by another tool', async () => {
    const rows: Row[] = [];
    for (let i = 0; i < 6000; i++) {
      rows.push({
        name: `${text(i, 4)} ${i}`,
        office_address: text(i + 7, 9),
        business_address: text(i + 13, 11),
        description: text(i + 29, 17),
      });
    }
    const file = inlineStringXlsx([
      ['Tên khách hàng', 'Địa chỉ văn phòng', 'Địa chỉ đăng ký kinh doanh', 'Mô tả'],
      ...rows.map((r) => [r.name, r.office_address, r.business_address, r.description]),
    ]);
    // Big enough that the unzipped sheet spans hundreds of read chunks.
    expect(file.length).toBeGreaterThan(200_000);
    const up = await upload(app, admin, 'customers', file, 'khach-hang.xlsx');
    expect(up.status).toBe(201);
    const done = await jobs(app).runToEnd(admin, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ status: 'DONE', created: 6000, failed: 0 });
    const stored = await imported(app, up.body.jobId as string);
    const broken = stored.filter((r, i) => JSON.stringify(r) !== JSON.stringify(rows[i]));
    expect(broken.slice(0, 3)).toEqual([]);
    expect(stored).toEqual(rows);
  });

  it('reads an .xlsx saved by LibreOffice Calc (shared strings) with every character intact', async () => {
    // 4,000 rows of the same generator, saved by LibreOffice 7.4 (see fixtures/README.md).
    const up = await upload(
      app,
      admin,
      'customers',
      readFileSync(path.join(FIXTURES, 'van-ban-da-byte.xlsx')),
      'van-ban.xlsx',
    );
    expect(up.status).toBe(201);
    const done = await jobs(app).runToEnd(admin, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ status: 'DONE', created: 4000, failed: 0 });
    const expected: Row[] = [];
    for (let i = 0; i < 4000; i++) {
      expected.push({
        name: `${text(i + 100_000, 4)} ${i}`,
        office_address: text(i + 7, 9),
        business_address: text(i + 13, 11),
        description: text(i + 29, 17),
      });
    }
    expect(await imported(app, up.body.jobId as string)).toEqual(expected);
  });
});
