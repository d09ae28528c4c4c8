import { crm } from '../../../test/crm';
import { useTestApp, errorCode as code } from '../../../test/harness';
import { download, readXlsx } from '../../../test/import-files';
import { todayVi } from '../../campaign/campaign-access';
import { previousMonth } from '../kpi.service';
import { reportData } from '../report-test-helpers';

const REPORT = `query($m: String!, $by: KpiSubject!) { kpiReport(month: $m, by: $by) {
  subjectId subjectName metric target actual percent } }`;
const SET = `mutation($m: String!, $t: [KpiTargetInput!]!) { setKpiTargets(month: $m, targets: $t) {
  userId departmentId metric target } }`;
const COPY = `mutation($m: String!) { copyKpiTargets(month: $m) { userId departmentId metric target } }`;

interface Row {
  subjectId: string;
  subjectName: string;
  metric: string;
  target: string | null;
  actual: string;
  percent: number | null;
}

let admin: string;
let manager: string;
let staff1: string;
let ids: Record<string, string>;
let sales: string;
const MONTH = todayVi().slice(0, 7);
const TODAY = todayVi();

const report = async (token: string, by = 'USER', month = MONTH) =>
  (await app.data<{ kpiReport: Row[] }>(REPORT, { m: month, by }, { token })).kpiReport;
const cell = (rows: Row[], subjectId: string, metric: string) =>
  rows.find((r) => r.subjectId === subjectId && r.metric === metric)!;

const app = useTestApp(
  async (a) => ([admin, manager, staff1] = await a.signIn('admin', 'manager', 'staff1')),
);
beforeAll(async () => {
  const h = crm(app);
  ids = await h.userIds(admin, 'staff1', 'staff2', 'manager');
  const depts = await app.gql<{ departments: { id: string; name: string }[] }>(
    '{ departments { id name } }',
    {},
    {
      token: admin,
    },
  );
  sales = depts.data!.departments.find((d) => d.name === 'Phòng Kinh doanh')!.id;
});

describe('KPI (REP-01)', () => {
  it('a target of new customers shows 50 % once half of them are made', async () => {
    const before = BigInt(cell(await report(manager), ids.staff1, 'NEW_CUSTOMERS').actual);
    const target = String(2n * (before + 1n));
    const set = await app.gql(
      SET,
      { m: MONTH, t: [{ userId: ids.staff1, metric: 'NEW_CUSTOMERS', target }] },
      {
        token: manager,
      },
    );
    expect(set.errors).toBeUndefined();
    await crm(app).createCustomer(staff1, { name: 'Công ty KPI Một' });
    const row = cell(await report(manager), ids.staff1, 'NEW_CUSTOMERS');
    expect(row).toMatchObject({
      subjectName: 'Nguyễn Văn Đức',
      target,
      actual: String(before + 1n),
      percent: 50,
    });
    const log = await app.server.db.dataSource.query(
      `SELECT action, description FROM audit_log WHERE module = 'kpi-targets' AND record_id = $1`,
      [MONTH],
    );
    expect(log).toEqual([{ action: 'UPDATE', description: `Đặt 1 chỉ tiêu KPI tháng ${MONTH}` }]);
  });

  it('revenue counts issued invoices by date, contracts signed count by signing date; cancelled ones nothing', async () => {
    const d = reportData(app);
    const customer = (await crm(app).createCustomer(staff1, { name: 'Công ty KPI Doanh Thu' })).id;
    const before = cell(await report(admin), ids.staff1, 'REVENUE').actual;
    const contractsBefore = cell(await report(admin), ids.staff1, 'CONTRACTS_SIGNED').actual;
    await d.invoice(staff1, customer, '40000000', 'ISSUED', TODAY);
    await d.invoice(staff1, customer, '70000000', 'CANCELLED', TODAY);
    await d.contract(staff1, customer, '40000000', 'ACTIVE', TODAY);
    await d.contract(staff1, customer, '40000000', 'CANCELLED', TODAY);
    await d.contract(staff1, customer, '40000000', 'ACTIVE', `${previousMonth(MONTH)}-15`);
    await app.gql(
      SET,
      { m: MONTH, t: [{ userId: ids.staff1, metric: 'REVENUE', target: '80000000' }] },
      {
        token: admin,
      },
    );
    const rows = await report(admin);
    expect(BigInt(cell(rows, ids.staff1, 'REVENUE').actual) - BigInt(before)).toBe(40000000n);
    expect(Number(cell(rows, ids.staff1, 'CONTRACTS_SIGNED').actual) - Number(contractsBefore)).toBe(1);
    if (before === '0') {
      expect(cell(rows, ids.staff1, 'REVENUE').percent).toBe(50);
    }
  });

  it('a manager sees and sets their department only; a STAFF user sees their own row and sets nothing', async () => {
    const mine = await report(manager);
    expect(new Set(mine.map((r) => r.subjectId))).toEqual(new Set([ids.manager, ids.staff1]));
    const own = await report(staff1);
    expect(own.map((r) => r.subjectId)).toEqual(Array(4).fill(ids.staff1));
    expect(code(await app.gql(REPORT, { m: MONTH, by: 'DEPARTMENT' }, { token: staff1 }))).toBe('FORBIDDEN');
    const depts = await report(manager, 'DEPARTMENT');
    expect(new Set(depts.map((r) => r.subjectName))).toEqual(new Set(['Phòng Kinh doanh']));
    // The department's actual is its people's sum.
    const users = await report(manager);
    for (const metric of ['NEW_CUSTOMERS', 'REVENUE']) {
      const sum = users.filter((r) => r.metric === metric).reduce((s, r) => s + BigInt(r.actual), 0n);
      expect(cell(depts, sales, metric).actual).toBe(String(sum));
    }

    const before = await app.snapshot(['kpi_target', 'audit_log']);
    for (const [token, t] of [
      [manager, { userId: ids.staff2, metric: 'REVENUE', target: '1' }],
      [staff1, { userId: ids.staff1, metric: 'REVENUE', target: '1' }],
    ] as const) {
      expect(code(await app.gql(SET, { m: MONTH, t: [t] }, { token }))).toBe('FORBIDDEN');
    }
    expect(await app.snapshot(['kpi_target', 'audit_log'])).toEqual(before);
  });

  it('refuses a bad month, a bad target or a target for both or neither subject, changing nothing', async () => {
    const before = await app.snapshot(['kpi_target', 'audit_log']);
    for (const [m, t, field] of [
      ['2026-13', { userId: ids.staff1, metric: 'REVENUE', target: '1' }, 'month'],
      [MONTH, { userId: ids.staff1, metric: 'REVENUE', target: '1.5' }, 'targets.0.target'],
      [
        MONTH,
        { userId: ids.staff1, departmentId: sales, metric: 'REVENUE', target: '1' },
        'targets.0.userId',
      ],
      [MONTH, { metric: 'REVENUE', target: '1' }, 'targets.0.userId'],
      [MONTH, { userId: 'nope', metric: 'REVENUE', target: '1' }, 'targets.0.userId'],
    ] as const) {
      const r = await app.gql(SET, { m, t: [t] }, { token: admin });
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
    }
    expect(code(await app.gql(REPORT, { m: '2026-1', by: 'USER' }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(['kpi_target', 'audit_log'])).toEqual(before);
  });

  it('copies last month’s targets in one call, keeping those already set', async () => {
    const next = MONTH === '2099-12' ? '2100-01' : nextMonth(MONTH);
    await app.gql(
      SET,
      {
        m: next,
        t: [{ departmentId: sales, metric: 'REVENUE', target: '999' }],
      },
      { token: manager },
    );
    const r = await app.gql<{
      copyKpiTargets: { userId: string; departmentId: string; metric: string; target: string }[];
    }>(COPY, { m: next }, { token: manager });
    expect(r.errors).toBeUndefined();
    expect(r.data!.copyKpiTargets).toEqual(
      expect.arrayContaining([
        { userId: null, departmentId: sales, metric: 'REVENUE', target: '999' },
        { userId: ids.staff1, departmentId: null, metric: 'REVENUE', target: '80000000' },
        expect.objectContaining({ userId: ids.staff1, metric: 'NEW_CUSTOMERS' }),
      ]),
    );
    expect(code(await app.gql(COPY, { m: next }, { token: staff1 }))).toBe('FORBIDDEN');
  });

  it('exports the report to Excel as the screen shows it', async () => {
    const res = await download(app, manager, `/files/export/kpi.xlsx?month=${MONTH}&by=USER`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    const rows = await readXlsx(res.body);
    expect(rows[0]).toEqual(['Nhân viên', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', '%']);
    expect(rows).toContainEqual(expect.arrayContaining(['Nguyễn Văn Đức', 'Khách hàng mới']));
    expect(rows.some((r) => r[0] === 'Lê Hoàng Anh')).toBe(false);
    const bad = await download(app, manager, `/files/export/kpi.xlsx?month=2026-99`);
    expect(bad.status).toBe(400);
  });
});

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
