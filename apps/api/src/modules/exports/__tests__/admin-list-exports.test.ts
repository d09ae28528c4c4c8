import { useTestApp } from '../../../test/harness';
import { download, readXlsx } from '../../../test/import-files';

/**
 * IMP-03 for the admin screens: Cài đặt → Người dùng (admins) and Cài đặt → Logs (admins, and
 * managers for their department) export what the list shows for its filter, streamed or in the
 * background; anyone else is refused before anything is written.
 */
let admin: string;
let manager: string;
let staff1: string;

/** RFC 4180 as the export writes it (quoted cells where needed, CRLF), after the BOM. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

const path = (file: string, filter: object, extra = '') =>
  `/files/export/${file}?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;

/** The file's rows (header first), read as a person would open it. */
async function rowsOf(token: string, file: string, filter: object, extra = ''): Promise<string[][]> {
  const res = await download(app, token, path(file, filter, extra));
  expect(res.status).toBe(200);
  if (file.endsWith('.csv')) {
    expect(res.type).toContain('text/csv');
    return parseCsv(res.body.toString('utf8'));
  }
  expect(res.type).toContain('spreadsheetml');
  return readXlsx(res.body);
}

const column = (rows: string[][], header: string) => {
  const i = rows[0].indexOf(header);
  expect(i).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[i] ?? '');
};

async function users(token: string, filter: object): Promise<{ name: string; email: string }[]> {
  const r = await app.gql<{ users: { totalCount: number; nodes: { name: string; email: string }[] } }>(
    `query($f: UserFilter) { users(filter: $f, first: 200) { totalCount nodes { name email } } }`,
    { f: filter },
    { token },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.users.nodes).toHaveLength(r.data!.users.totalCount);
  return r.data!.users.nodes;
}

async function logs(token: string, filter: object): Promise<{ description: string; action: string }[]> {
  const r = await app.gql<{
    auditLogs: { totalCount: number; nodes: { description: string; action: string }[] };
  }>(
    `query($f: AuditLogFilter) { auditLogs(filter: $f, first: 200) { totalCount nodes { description action } } }`,
    { f: filter },
    { token },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.auditLogs.nodes).toHaveLength(r.data!.auditLogs.totalCount);
  return r.data!.auditLogs.nodes;
}

const start = (token: string, file: string, filter: object, extra = '') =>
  fetch(`${app.url}${path(file, filter, extra)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });

async function finished(token: string, id: string) {
  for (let i = 0; i < 300; i++) {
    const r = await app.gql<{
      exportJob: { status: string; processedRows: number; downloadUrl: string | null; module: string };
    }>(
      `query($id: ID!) { exportJob(id: $id) { status processedRows downloadUrl module } }`,
      { id },
      { token },
    );
    if (r.data?.exportJob.status !== 'RUNNING') {
      return r.data!.exportJob;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export did not finish');
}

const app = useTestApp(
  async (a) => ([admin, manager, staff1] = await a.signIn('admin', 'manager', 'staff1')),
);
beforeAll(async () => {
  await app.login('staff2@sen.local');
});

describe('GET /files/export/users.{xlsx|csv}', () => {
  it.each(['xlsx', 'csv'])(
    'gives an admin in .%s the users the list shows for its filter',
    async (format) => {
      const filter = { roles: ['STAFF'] };
      const listed = await users(admin, filter);
      expect(listed.map((u) => u.email).sort()).toEqual(['staff1@sen.local', 'staff2@sen.local']);
      const rows = await rowsOf(admin, `users.${format}`, filter);
      expect(rows[0]).toEqual([
        'Họ tên',
        'Email',
        'Vai trò',
        'Phòng ban',
        'Trạng thái',
        'Ngày sinh',
        'Ngày tạo',
      ]);
      expect(column(rows, 'Email')).toEqual(listed.map((u) => u.email));
      expect(column(rows, 'Họ tên')).toEqual(listed.map((u) => u.name));
      expect(column(rows, 'Vai trò')).toEqual(['Nhân viên', 'Nhân viên']);
      const duc = rows.find((r) => r[1] === 'staff1@sen.local')!;
      expect(duc[3]).toBe('Phòng Kinh doanh');
      expect(duc[4]).toBe('Đang hoạt động');
      if (format === 'csv') {
        expect(duc[5]).toBe('28/02/1995');
      }
    },
  );

  it('applies the search and the order, and speaks English when asked', async () => {
    const order = encodeURIComponent(JSON.stringify([{ field: 'EMAIL', direction: 'DESC' }]));
    const rows = await rowsOf(admin, 'users.csv', { search: 'sen.local' }, `&orderBy=${order}&lang=en`);
    expect(rows[0].slice(0, 3)).toEqual(['Full name', 'E-mail', 'Role']);
    const emails = column(rows, 'E-mail');
    expect(emails).toEqual([...emails].sort().reverse());
    expect(emails).toHaveLength((await users(admin, { search: 'sen.local' })).length);
    const narrow = await rowsOf(admin, 'users.csv', { search: 'hoang anh' }, '&columns=email,role&lang=en');
    expect(narrow).toEqual([
      ['E-mail', 'Role'],
      ['staff2@sen.local', 'Staff'],
    ]);
  });
});

describe('GET /files/export/audit-logs.{xlsx|csv}', () => {
  it.each(['xlsx', 'csv'])(
    'gives an admin in .%s the entries the Logs list shows for its filter',
    async (format) => {
      const filter = { actions: ['LOGIN'] };
      const listed = await logs(admin, filter);
      expect(listed.length).toBeGreaterThanOrEqual(4);
      const rows = await rowsOf(admin, `audit-logs.${format}`, filter);
      expect(rows[0]).toEqual(['Thời gian', 'Người dùng', 'Hành động', 'Phân hệ', 'Mô tả', 'Thay đổi']);
      expect(column(rows, 'Mô tả')).toEqual(listed.map((l) => l.description));
      expect(new Set(column(rows, 'Hành động'))).toEqual(new Set(['Đăng nhập']));
    },
  );

  it('writes each change out and follows the search and the language', async () => {
    const [staff2] = await app.server.db.dataSource.query(
      `SELECT id, version FROM app_user WHERE email = 'staff2@sen.local'`,
    );
    const renamed = await app.gql<{ updateUser: { id: string } }>(
      `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }`,
      { id: staff2.id, i: { birthday: '1997-07-16', version: staff2.version } },
      { token: admin },
    );
    expect(renamed.errors).toBeUndefined();
    const filter = { actions: ['UPDATE'], modules: ['user'] };
    const rows = await rowsOf(admin, 'audit-logs.csv', filter, '&lang=en');
    expect(rows[0]).toEqual(['Time', 'User', 'Action', 'Module', 'Description', 'Changes']);
    expect(rows).toHaveLength((await logs(admin, filter)).length + 1);
    expect(rows[1].slice(1, 4)).toEqual(['Quản trị viên', 'Update', 'User']);
    expect(rows[1][5]).toContain('birthday: 1997-07-15 → 1997-07-16');
    expect(rows[1][0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  it("gives a manager their department's entries, as their list does", async () => {
    const listed = await logs(manager, {});
    const everyone = await logs(admin, {});
    expect(listed.length).toBeLessThan(everyone.length);
    const rows = await rowsOf(manager, 'audit-logs.xlsx', {}, '&columns=user,description');
    expect(column(rows, 'Mô tả')).toEqual(listed.map((l) => l.description));
    expect(column(rows, 'Người dùng')).not.toContain('Lê Hoàng Anh'); // Phòng Marketing
  });

  it('runs a large one in the background with the same rows', async () => {
    const filter = { actions: ['LOGIN'] };
    const total = (await logs(admin, filter)).length;
    const res = await start(admin, 'audit-logs.csv', filter, `&total=${total}`);
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    const done = await finished(admin, jobId);
    expect(done).toMatchObject({ status: 'DONE', processedRows: total, module: 'audit-logs' });
    const file = await download(app, admin, done.downloadUrl!);
    expect(parseCsv(file.body.toString('utf8'))).toHaveLength(total + 1);
    const [log] = await app.server.db.dataSource.query(
      `SELECT module, description FROM audit_log WHERE action = 'EXPORT' ORDER BY at DESC, id DESC LIMIT 1`,
    );
    expect(log).toEqual({
      module: 'audit-logs',
      description: `Xuất khẩu ${total} nhật ký hệ thống ra tệp CSV`,
    });
  });
});

describe('who may export them', () => {
  it('refuses a STAFF user (both lists, streamed or in the background) and a manager the users, writing nothing', async () => {
    const before = await app.snapshot(['export_job', 'audit_log']);
    const refusals: [string, string][] = [
      [staff1, 'users.xlsx'],
      [staff1, 'users.csv'],
      [staff1, 'audit-logs.xlsx'],
      [staff1, 'audit-logs.csv'],
      [manager, 'users.csv'],
    ];
    for (const [token, file] of refusals) {
      const res = await download(app, token, path(file, {}));
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ code: 'FORBIDDEN' });
      const queued = await start(token, file, {}, '&total=5000');
      expect(queued.status).toBe(403);
      expect(await queued.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    // A STAFF user's record history does not open the whole log to an export either.
    const [{ id }] = await app.server.db.dataSource.query(`SELECT id FROM customer LIMIT 1`);
    const history = await download(app, staff1, path('audit-logs.csv', { recordId: id }));
    expect(history.status).toBe(403);
    expect(await app.snapshot(['export_job', 'audit_log'])).toEqual(before);
  });
});
