import { addDays, vietnamDay } from '@sen/shared';
import { startTestApp, type TestApp } from '../../../test/harness';

/**
 * The demo's sales story (README "The demo data"), seeded as the demo instance seeds it (not under
 * NODE_ENV=test, where the API tests keep the small base), read back over HTTP: levels, the board,
 * documents' numbers, totals and statuses, money, reminders, the dashboard and the history.
 */
let app: TestApp;
let manager: string;
let staff1: string;
const today = vietnamDay(new Date());

beforeAll(async () => {
  app = await startTestApp({ NODE_ENV: 'development' });
  manager = await app.login('manager@sen.local');
  staff1 = await app.login('staff1@sen.local');
}, 120_000);
afterAll(() => app.close());

async function data<T = Record<string, any>>(token: string, query: string, variables = {}): Promise<T> {
  const r = await app.gql<T>(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe('demo story (seed)', () => {
  it('puts the customers at every level the rules reach, each by what happened to it', async () => {
    const admin = await app.login('admin@sen.local');
    const { customers } = await data(admin, '{ customers(first: 50) { nodes { name level } } }');
    const level = Object.fromEntries(
      customers.nodes.map((c: { name: string; level: string }) => [c.name, c.level]),
    );
    expect(level).toEqual({
      'Công ty cổ phần sản xuất nhựa PC': 'SIGNED',
      'Tập đoàn Đại Việt': 'SIGNED',
      'Công ty TNHH Thương mại Hoàng Long': 'APPROACHED',
      'Công ty CP Xây dựng Sông Hồng': 'APPROACHED',
      'Công ty CP Thực phẩm Sao Mai': 'PAUSED',
      'Công ty TNHH Dược phẩm Minh Châu': 'INTERESTED',
      'Cửa hàng Điện máy Phương Nam': 'APPROACHED',
      'Nguyễn Văn Đức': 'NEW',
      'Nhà hàng Hương Sen': 'NEW',
    });
    // The level moves are in the customers' history, made by their owners.
    const [{ n }] = await app.server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE module = 'customer' AND changes ? 'level'`,
    );
    expect(n).toBeGreaterThanOrEqual(6);
  });

  it('spreads the opportunities over every stage of the board', async () => {
    const { opportunityPipeline } = await data(manager, '{ opportunityPipeline { stage count value } }');
    for (const stage of opportunityPipeline) {
      expect(stage.count).toBeGreaterThan(0);
    }
    expect(opportunityPipeline.map((s: { stage: string }) => s.stage)).toEqual([
      'NEEDS_ANALYSIS',
      'PROPOSAL',
      'NEGOTIATION',
      'WON',
      'LOST',
    ]);
  });

  it('has invoices issued, part-paid, overdue and paid, numbered in order, and a signed contract with its schedule', async () => {
    const { invoices } = await data(
      await app.login('admin@sen.local'),
      `{ invoices(orderBy: [{ field: NUMBER, direction: ASC }]) { nodes { number status dueDate received outstanding
          total: totals { total } customer { name } } } }`,
    );
    const byCustomer = Object.fromEntries(
      invoices.nodes.map((i: { customer: { name: string } }) => [i.customer.name, i]),
    );
    expect(byCustomer['Tập đoàn Đại Việt']).toMatchObject({ status: 'PARTIAL' });
    expect(BigInt(byCustomer['Tập đoàn Đại Việt'].received) * 2n).toBe(
      BigInt(byCustomer['Tập đoàn Đại Việt'].total.total),
    );
    const overdue = byCustomer['Công ty TNHH Thương mại Hoàng Long'];
    expect(overdue).toMatchObject({ status: 'ISSUED', received: '0' });
    expect(overdue.dueDate < today).toBe(true);
    expect(byCustomer['Cửa hàng Điện máy Phương Nam']).toMatchObject({ status: 'PAID', outstanding: '0' });
    expect(invoices.nodes.map((i: { number: string }) => i.number)).toEqual(
      [...invoices.nodes.map((i: { number: string }) => i.number)].sort(),
    );

    const { contracts } = await data(
      staff1,
      `{ contracts { nodes { number signed status received total: totals { total }
          instalments { dueDate amount received } customer { name } } } }`,
    );
    const pc = contracts.nodes.find(
      (c: { customer: { name: string } }) => c.customer.name === 'Công ty cổ phần sản xuất nhựa PC',
    );
    expect(pc).toMatchObject({ signed: true, status: 'ACTIVE' });
    expect(pc.instalments).toHaveLength(3);
    const scheduled = pc.instalments.reduce((s: bigint, i: { amount: string }) => s + BigInt(i.amount), 0n);
    expect(scheduled).toBe(BigInt(pc.total.total));
    expect(pc.instalments[0].received).toBe(pc.instalments[0].amount);
    expect(pc.received).toBe(pc.instalments[0].amount);
  });

  it('gives the sales staff reminders this week, and the manager a dashboard with something on it', async () => {
    const { reminders } = await data(staff1, '{ reminders { kind date title } }');
    const kinds = new Set(reminders.map((r: { kind: string }) => r.kind));
    for (const kind of ['TASK_DUE', 'CONTACT_BIRTHDAY', 'CUSTOMER_ANNIVERSARY', 'PAYMENT_DUE']) {
      expect(kinds).toContain(kind);
    }
    for (const r of reminders.filter((x: { kind: string }) => x.kind !== 'EMPLOYEE_BIRTHDAY')) {
      expect(r.date >= today && r.date <= addDays(today, 7)).toBe(true);
    }

    const from = `${today.slice(0, 4)}-01-01`;
    const { dashboard } = await data(
      manager,
      `query($from: Date!, $to: Date!) { dashboard(from: $from, to: $to) {
         levelCounts { level count } overdueDebt revenueByMonth { month invoiced } } }`,
      { from, to: today },
    );
    expect(BigInt(dashboard.overdueDebt)).toBeGreaterThan(0n);
    const invoiced = dashboard.revenueByMonth.reduce(
      (s: bigint, m: { invoiced: string }) => s + BigInt(m.invoiced),
      0n,
    );
    // Within the year unless the story's months reach back across New Year.
    if (addDays(today, -95) >= from) {
      expect(invoiced).toBeGreaterThan(0n);
    }
  });
});
